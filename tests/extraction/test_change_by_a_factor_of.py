"""A multiple told "by a factor of", written for these tests.

"Turkey's exports to Iraq increased by a factor of three" had given no change, where "increased
threefold" and "rose three times" were +200; the factor is now a multiple signed by the verb
before "by" (a fall divides: "fell by a factor of 4" is -75, as "fell four times" is). A factor
with no verb of a change ("prices differ by a factor of two") gives none. Facts are compared as
sets of (flow, reporter, partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

from orchestration.extraction.change import find_changes

PUB = date(2025, 3, 10)
Y24 = ("2024-01-01", "2024-12-31")

FACTOR_FACTS = [
    ("Turkey's exports to Iraq increased by a factor of three to $12 billion in 2024.",
     [fact("exports", "TUR", "IRQ", *Y24, 12e9, "USD", 200.0)]),
    ("Chile's imports from Peru grew by a factor of 2.5 to $1.5 billion in 2024.",
     [fact("imports", "CHL", "PER", *Y24, 1.5e9, "USD", 150.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FACTOR_FACTS)
def test_factor_reaches_the_fact(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("Shipments fell by a factor of 4.", -75.0),
        ("Shipments rose by a factor of about 3 in 2024.", 200.0),
    ],
)
def test_factor_is_a_signed_multiple(text: str, pct: float) -> None:
    assert [c.pct for c in find_changes(text)] == [pct]


@pytest.mark.parametrize("text", ["Prices differ by a factor of two.", "It is a factor of 3 in the model."])
def test_factor_without_a_change_verb_gives_none(text: str) -> None:
    assert find_changes(text) == []
