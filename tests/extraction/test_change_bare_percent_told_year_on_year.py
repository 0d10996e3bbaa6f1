"""A bare percentage told year on year after its figure, written for these tests.

Business and statistics briefs write a figure's change in a bracket or after a comma with only a
year-on-year mark: "$1.2 billion (12% YoY)", "$119.5 billion, 23.3% y/y,". Such a percentage is now a
change, rising unless a word of a fall comes before it in its sentence ("fell to $1.2 billion (12%
YoY)" is -12); it had been a level, and the figure had no change. A percentage after a verb of a level
("inflation was 3.2% YoY"), one of half or more (which CIS copy writes as the ratio to the year
before: "(104.1% year-on-year)" is +4.1, "(92.1% y/y)" unsized), a share and a bracket without the
mark read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.change import find_changes

PUB = date(2025, 6, 12)


def _changes(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.kind, c.pct) for c in find_changes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports reached $1.2 billion (12% YoY).", [("change", 12.0)]),
        ("Exports reached $1.2 billion (12.5% year-on-year).", [("change", 12.5)]),
        ("Exports reached $1.2 billion (12.5 percent year on year).", [("change", 12.5)]),
        ("Exports reached $1.2 billion, 12.5% y/y, while imports rose.", [("change", 12.5)]),
        ("Exports fell to $1.2 billion (12% YoY).", [("change", -12.0)]),
    ],
)
def test_bare_percent_year_on_year_is_a_change(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inflation was 3.2% YoY in May.", [("level", None)]),
        ("Inflation stood at 3.2% y/y.", [("level", None)]),
        ("Exports reached $1.2 billion (12%).", [("level", None)]),
        ("Exports reached $1.2 billion (12% of the total).", [("share", None)]),
        ("Exports reached $1.2 billion (-12.5% YoY).", [("change", -12.5)]),
        ("Exports reached $24.7 billion (104.1% year-on-year).", [("change", 4.1)]),
        ("Exports reached $24.7 billion (92.1% year-on-year).", [("level", None)]),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert _changes(text) == expected


def test_trade_figures_with_bare_year_on_year_changes() -> None:
    text = (
        "Vietnam's exports to the US reached $119.5 billion in 2024, 23.3% YoY, while imports from the US"
        " were $15.1 billion, 9.2% YoY."
    )
    assert facts(text, PUB) == {
        fact("exports", "VNM", "USA", "2024-01-01", "2024-12-31", 119.5e9, "USD", 23.3),
        fact("imports", "VNM", "USA", "2024-01-01", "2024-12-31", 15.1e9, "USD", 9.2),
    }
