"""The Nepali arba spelt "arab", in lower case, written for these tests.

Nepali copy in English writes its hundred crore "arba" or "arab": "Rs 12 arab" had been twelve
rupees, so the figure was lost or absurd. The spelling is a scale word only in lower case right
after a number; the people's name, capitalised ("5 Arab states", "the Arab League"), stays a
word. Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

from orchestration.extraction.money import find_money

PUB = date(2025, 2, 20)
Y24 = ("2024-01-01", "2024-12-31")

ARAB_FACTS = [
    ("Nepal's imports from India reached Rs 12 arab in 2024.",
     [fact("imports", "NPL", "IND", *Y24, 12e9, "NPR")]),
    ("Nepal's exports to China stood at Rs 1.4 arab in 2024, up 8 percent.",
     [fact("exports", "NPL", "CHN", *Y24, 1.4e9, "NPR", 8.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ARAB_FACTS)
def test_arab_is_a_hundred_crore(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(
    ("text", "value"),
    [("Rs 12 arab", 12e9), ("NPR 3 arab", 3e9), ("Rs12arab", 12e9), ("Rs 12 arab 50 crore", 12.5e9)],
)
def test_arab_scales_the_amount(text: str, value: float) -> None:
    assert [m.value for m in find_money(text)] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Rs 40 billion went to 5 Arab states.", [40e9]),
        ("The fund lent $2 billion to 12 Arab governments.", [2e9]),
        ("ARAB BANK REPORTS 12 ARAB BRANCHES", []),
    ],
)
def test_arab_people_stays_a_word(text: str, values: list[float]) -> None:
    assert [m.value for m in find_money(text)] == values
