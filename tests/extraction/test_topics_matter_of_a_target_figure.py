"""The matter of a target figure is the topic, without the figure, written for these tests.

"pledging to push bilateral trade to US$15 billion by 2025": what the sides want to grow is the
matter of the talks; the figure sought, with its year, is no word of it (the label had been
"trade to US$15 billion by 2025", and "agreed to raise bilateral trade to US$10 billion by 2030"
had been too long for a label and lost). _target_start (topics.py) cuts a topic at the "to" of
an amount of money that ends it with its period at most, and _GROWTH_OF_A_TARGET drops the verb
of growth before the matter ("raise", "lift", "work towards lifting"). A figure that is no money
("to 2 million tonnes a year"), money that is a thing's worth ("a $2 billion credit line for the
railway") and a verb of growth with no target read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday
LEAD = (
    "Thai Prime Minister Paetongtarn Shinawatra held talks with Lao Prime Minister Sonexay Siphandone "
    "in Vientiane on Monday"
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(LEAD + text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (", pledging to push bilateral trade to US$15 billion by 2027.", [("trade",)]),
        (". They agreed to raise bilateral trade to US$10 billion by 2030.", [("trade",)]),
        (". They agreed to raise trade turnover to $5 billion.", [("trade turnover",)]),
        (". They agreed to work towards lifting rice exports to $2 billion annually by 2028.",
         [("rice exports",)]),
        (". They agreed to raise bilateral trade from $1.6 billion to $4.5 billion.", [("trade",)]),
        (". They agreed to lift two-way trade to $8 billion within five years and to open a new border "
         "crossing.", [("two-way trade", "new border crossing")]),
        # near misses: a figure of no money, a thing's worth, growth with no target
        (" and agreed to boost trade in rice to 2 million tonnes a year.", [()]),
        (". They discussed a $2 billion credit line for the railway.",
         [("$2 billion credit line for the railway",)]),
        (". They discussed expanding trade.", [("trade",)]),
    ],
)  # fmt: skip
def test_matter_of_a_target_figure(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
