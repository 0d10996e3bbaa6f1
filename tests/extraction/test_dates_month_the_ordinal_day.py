"""A month, "the", then an ordinal day: "on June the 12th", "March the 3rd, 2025", as spoken
English and some South Asian and Caribbean copy write a date. Written for these tests.

It had given no date at all. "the" is passed over only before an ordinal, so a count after a
month ("in June the 12 ministers met") stays the month alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates

PUBLISHED = date(2025, 6, 20)


@pytest.mark.parametrize(
    ("text", "expected", "last"),
    [
        ("The envoys met on June the 12th in Kingston.", date(2025, 6, 12), None),
        ("The envoys met on March the 3rd, 2025 in Lahore.", date(2025, 3, 3), None),
        ("The envoys met on June the 10th and 11th in Suva.", date(2025, 6, 10), date(2025, 6, 11)),
        # without "the", as before
        ("The envoys met on June 12th in Kingston.", date(2025, 6, 12), None),
    ],
)  # fmt: skip
def test_month_the_ordinal_is_a_day(text: str, expected: date, last: date | None) -> None:
    assert [(m.date, m.date_end) for m in find_dates(text, PUBLISHED)] == [(expected, last)]


@pytest.mark.parametrize("text", ["In June the 12 ministers met in Suva.", "In June the third round opened."])
def test_month_then_a_count_is_the_month_alone(text: str) -> None:
    assert [(m.kind, m.date) for m in find_dates(text, PUBLISHED)] == [("month", None)]
