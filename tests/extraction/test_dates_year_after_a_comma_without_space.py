"""A year after a month, a day and a comma with no space, written for these tests.

Some South Asian sites stamp a story "Jun 12,2025" or "Updated: Jun 12,2025, 10:42 IST"; with no
space after the comma the year was not read: such a metadata value gave no date (the story was
undated), and in running text the date took the publication's year. A year of this or the last
century is now read there. A number of another size after the comma is no year ("On June 12,1500
people marched"), and "June 12, 2025" reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates, parse_date

PUB = date(2025, 6, 20)


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("Jun 12,2025", date(2025, 6, 12)),
        ("Updated: Jun 12,2025, 10:42 IST", date(2025, 6, 12)),
        ("June 12,2024 10:42 AM", date(2024, 6, 12)),
        # as before
        ("June 12, 2025", date(2025, 6, 12)),
    ],
)
def test_the_value_is_read(value: str, day: date) -> None:
    assert parse_date(value) == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoys met in Colombo on March 3,2024 to sign it.", [("March 3,2024", "2024-03-03")]),
        # as before
        ("On June 12,1500 people marched in Colombo.", [("June 12", "2025-06-12")]),
        ("The envoys met in Colombo on June 12, 13 and 14.", [("June 12, 13 and 14", "2025-06-12")]),
    ],
)
def test_in_running_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.date)) for m in find_dates(text, PUB)] == expected
