"""Verbs of a sharp fall or rise sizing a percentage, written for these tests.

"Exports shed 12%", "nosedived 12%", "crashed 12%", "collapsed 40%", "tanked 40%" and
"ballooned 12%", "rocketed 40%" had given a level (no change), their verbs being unknown to the
direction words, where "plunged 12%" and "soared 40%" were read. A percentage a fall ends at
("the rate crashed to 12%") stays a level. Facts are compared as sets of (flow, reporter,
partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

from orchestration.extraction.change import find_changes

PUB = date(2025, 3, 10)
Y24 = ("2024-01-01", "2024-12-31")

VERB_FACTS = [
    ("Chile's exports to Bolivia collapsed 40% to $300 million in 2024.",
     [fact("exports", "CHL", "BOL", *Y24, 300e6, "USD", -40.0)]),
    ("Norway's imports from Sweden ballooned 18 percent to $9 billion in 2024.",
     [fact("imports", "NOR", "SWE", *Y24, 9e9, "USD", 18.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VERB_FACTS)
def test_verb_signs_the_fact(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("Shipments shed 12% over the year.", -12.0),
        ("Shipments nosedived 12% in May.", -12.0),
        ("Shipments crashed by 12 percent.", -12.0),
        ("Shipments tanked 40%.", -40.0),
        ("Shipments rocketed 40%.", 40.0),
    ],
)
def test_verb_gives_the_sign(text: str, pct: float) -> None:
    assert [c.pct for c in find_changes(text)] == [pct]


def test_level_after_to_stays_a_level() -> None:
    assert [(c.kind, c.pct) for c in find_changes("The rate crashed to 12%.")] == [("level", None)]
