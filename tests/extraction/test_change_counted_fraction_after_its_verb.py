"""A fraction of more than one part right after its verb, written for these tests.

"Turkey's exports to Iraq fell two-thirds to $4 billion in 2024." gives a change of -66.67 ("rose
three-quarters" +75, "a drop of two-fifths" -40), as "fell by two-thirds" and "fell a third"
already did; the verb read a fraction with no "by" only when it named one part ("a third"), and the
figure had no change. A fraction of something ("fell two-thirds of the way", "two-thirds of
exports"), a number word that does not agree with it ("two third"), one of more than the whole
("four-thirds") and one-part fractions read as before. Facts are compared as sets of (flow,
reporter, partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

from orchestration.extraction.change import find_changes

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")


def _changes(text: str) -> list[tuple[str, float | None]]:
    return [(c.text, c.pct) for c in find_changes(text) if c.kind == "change"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports fell two-thirds to $4 billion.", [("fell two-thirds", -66.67)]),
        ("Exports dropped three-quarters to $4 billion.", [("dropped three-quarters", -75.0)]),
        ("Exports rose three quarters in 2024.", [("rose three quarters", 75.0)]),
        ("Exports posted a drop of two-fifths in 2024.", [("drop of two-fifths", -40.0)]),
    ],
)
def test_counted_fraction(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports fell by two-thirds to $4 billion.", [("fell by two-thirds", -66.67)]),
        ("Exports fell a third to $4 billion.", [("fell a third", -33.33)]),
        ("The convoy fell two-thirds of the way behind.", []),
        ("Two-thirds of exports rose in value.", []),
        ("Exports were up two third to $4 billion.", []),
        ("Exports rose four-thirds in 2024.", []),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert _changes(text) == expected


def test_figure_takes_the_change() -> None:
    text = "Turkey's exports to Iraq fell two-thirds to $4 billion in 2024."
    expected: set[Fact] = {fact("exports", "TUR", "IRQ", *Y24, 4e9, "USD", -66.67)}
    assert facts(text, PUB) == expected
