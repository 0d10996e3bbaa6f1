"""A run of three or more days listed with commas before "and": "10, 11 and 12 June", "June 10,
11 and 12". Written for these tests.

The list's first days had been dropped: "10, 11 and 12 June" gave 11-12 June and "June 10, 11
and 12" June 10 alone. Now a run of days that follow one another is one span from the first to
the last, as "10-12 June" is; days apart ("3, 9 and 12 May") read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates

PUBLISHED = date(2025, 6, 20)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The fair ran on 10, 11 and 12 June in the capital.", date(2025, 6, 10), date(2025, 6, 12)),
        ("The fair ran on 10, 11, and 12 June 2025.", date(2025, 6, 10), date(2025, 6, 12)),
        ("The fair ran on 3rd, 4th and 5th June.", date(2025, 6, 3), date(2025, 6, 5)),
        ("The fair ran on June 10, 11 and 12 in the capital.", date(2025, 6, 10), date(2025, 6, 12)),
        ("The fair ran on June 2, 3, 4 and 5, 2025.", date(2025, 6, 2), date(2025, 6, 5)),
        # a pair reads as before
        ("The fair ran on 10 and 11 June in the capital.", date(2025, 6, 10), date(2025, 6, 11)),
    ],
)  # fmt: skip
def test_listed_days_in_a_row_are_one_span(text: str, first: date, last: date) -> None:
    found = find_dates(text, PUBLISHED)
    assert [(m.date, m.date_end) for m in found] == [(first, last)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ships docked on 3, 9 and 12 May at the port.", [date(2025, 5, 12)]),
        ("Ships docked on May 3, 9 and 12 at the port.", [date(2025, 5, 3)]),
        ("Ships docked on June 10, 2025 at the port.", [date(2025, 6, 10)]),
    ],
)
def test_days_apart_and_a_year_read_as_before(text: str, expected: list[date]) -> None:
    assert [m.date for m in find_dates(text, PUBLISHED)] == expected
