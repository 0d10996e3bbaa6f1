"""Fractions of a change beyond a fifth, and fractions before a comparative, written for these tests.

"fell by a sixth" and "rose by an eighth" had given no change (the fractions knew halves to
fifths and tenths, and "by an" no count), and "a quarter higher" or "a fifth lower than a year
earlier" none either, where "25% higher" was read. A fraction with no count before it stays an
ordinal ("the third largest"), and a comparative of something else ("a third more expensive",
"a quarter more ships") is no change of the figure. Facts are compared as sets of (flow,
reporter, partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

from orchestration.extraction.change import find_changes

PUB = date(2025, 3, 10)
Y24 = ("2024-01-01", "2024-12-31")

FRACTION_FACTS = [
    ("Kenya's exports to Uganda fell by a sixth to $2 billion in 2024.",
     [fact("exports", "KEN", "UGA", *Y24, 2e9, "USD", -16.67)]),
    ("Morocco's exports to Spain rose by an eighth to EUR 9 billion in 2024.",
     [fact("exports", "MAR", "ESP", *Y24, 9e9, "EUR", 12.5)]),
    ("Ghana's imports from China in 2024 were a quarter higher at $3.1 billion.",
     [fact("imports", "GHA", "CHN", *Y24, 3.1e9, "USD", 25.0)]),
    ("Trade between Peru and Chile was a fifth lower than a year earlier at $4.2 billion in 2024.",
     [fact("turnover", "PER", "CHL", *Y24, 4.2e9, "USD", -20.0)]),
    ("Brazil's exports to India were two-thirds higher in 2024, at $7 billion.",
     [fact("exports", "BRA", "IND", *Y24, 7e9, "USD", 66.67)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FRACTION_FACTS)
def test_fraction_change_reaches_the_fact(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("Shipments dropped by one-sixth over the year.", -16.67),
        ("Sales were up a sixth on last year.", 16.67),
        ("Imports rose by one eighth.", 12.5),
        ("Imports were one-third more than in 2023.", 33.33),
        ("Cargo, a sixth lower, came to 2 million tonnes.", -16.67),
        ("Receipts were about a quarter less than in 2023.", -25.0),
    ],
)
def test_fraction_is_a_signed_change(text: str, pct: float) -> None:
    assert [c.pct for c in find_changes(text) if c.kind == "change"] == [pct]


@pytest.mark.parametrize(
    "text",
    [
        "Tea was a third more expensive this season.",
        "The port handled a quarter more ships.",
        "Japan was the third largest buyer.",
        "It was the sixth round of talks.",
        "In the first quarter higher prices lifted receipts.",
        "Receipts in the third quarter were higher.",
        "By the sixth year the plant was closed.",
    ],
)
def test_fraction_of_something_else_is_no_change(text: str) -> None:
    assert [c for c in find_changes(text) if c.kind == "change"] == []
