"""A figure told as a fraction of an earlier period's level, with no verb; written for these tests.

"$5 billion, half the 2023 level" is a change of -50 and "a third of the 2023 level" -66.67, as
"double the 2023 figure" is +100 and "fell to a third of their 2023 level" -66.67 were: a fraction
with no "by" or "to" before it had been no change at all. A hedge before it ("nearly half the 2023
level") leaves the change unsized. A fraction of anything else ("half the EU average", "a third of
total exports", "half the value of all exports in 2023", "half the 2023 total") stays none.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.change import find_changes


def _kinds(text: str) -> list[tuple[str, float | None]]:
    return [(c.kind, c.pct) for c in find_changes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports reached $5 billion, half the 2023 level.", [("change", -50.0)]),
        ("Exports reached $5 billion, a third of the 2023 level.", [("change", -66.67)]),
        ("Exports reached $5 billion, two-thirds of last year's figure.", [("change", -33.33)]),
        ("Exports reached $5 billion, half its year-earlier value.", [("change", -50.0)]),
        ("Exports reached $5 billion, nearly half the 2023 level.", [("change", None)]),
        # as before
        ("Exports reached $5 billion, half the EU average.", []),
        ("Exports reached $5 billion, a third of total exports.", []),
        ("Exports to China made up half the value of all exports in 2023.", []),
        ("Exports to China made up half the 2023 total.", []),
        ("Exports fell to a third of their 2023 level.", [("change", -66.67)]),
        ("Exports fell by half.", [("change", -50.0)]),
    ],
)
def test_fraction_of_an_earlier_level(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert _kinds(text) == expected


def test_trade_figure_a_fraction_of_the_year_before() -> None:
    text = "Kenya's exports to Uganda reached $1.2 billion in 2024, a third of the 2023 level."
    found = facts(text, date(2025, 3, 1))
    assert found == {fact("exports", "KEN", "UGA", "2024-01-01", "2024-12-31", 1.2e9, "USD", -66.67)}
