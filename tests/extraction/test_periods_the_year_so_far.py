""" "The year so far", written for these tests.

"Kenya's exports to Uganda reached $600 million in the year so far." in a story of 12 June 2025 is
January-May 2025, as "so far this year" already was; it had been no period, and the sentence gave
no figure. "so far this year", "the year to date" and "the year" alone read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 12)
SO_FAR = ("2025-01-01", "2025-05-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tea exports reached $2.1bn in the year so far.", [SO_FAR]),
        # as before
        ("Tea exports reached $2.1bn so far this year.", [SO_FAR]),
        ("Tea exports reached $2.1bn in the year to date.", [SO_FAR]),
        ("Tea exports reached $2.1bn in the year.", []),
    ],
)
def test_year_so_far(text: str, expected: list[tuple[str, str]]) -> None:
    assert [
        (p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, PUB)
    ] == expected


def test_figure_of_the_year_so_far() -> None:
    text = "Kenya's exports to Uganda reached $600 million in the year so far."
    assert facts(text, PUB) == {fact("exports", "KEN", "UGA", *SO_FAR, 6e8, "USD")}
