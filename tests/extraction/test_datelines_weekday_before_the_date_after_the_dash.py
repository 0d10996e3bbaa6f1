"""A weekday before the date a dateline writes after its dash or in its brackets, written for
these tests.

Press releases and government papers date the dateline after the place's dash or in brackets,
the weekday first: "Abuja – Thursday, June 12, 2025 – Nigeria and Ghana ...", "ABUJA (Thursday,
June 12, 2025) — ...", "Accra — Thu. 12 June 2025: ...". The weekday had hidden the date: the
place was read, but the dateline dated nothing (and a story with no other date had none).
`_DATE_AFTER_DASH` and `_DATE_IN_PARENS` now pass over a weekday's whole or short name before
the date. A date with no weekday reads as before; a body opening on a weekday and a date with
no dash or stop after it ("Thursday, June 12, 2025, was the day ...") and a yearless weekday
date date nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = "Nigeria and Ghana agreed to harmonise cocoa export levies, the trade ministers said."


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        ("Abuja – Thursday, June 12, 2025 – ", "Abuja"),
        ("ABUJA (Thursday, June 12, 2025) — ", "Abuja"),
        ("Accra — Thu. 12 June 2025: ", "Accra"),
        ("LOMÉ - THURSDAY 12 JUNE 2025 - ", "Lomé"),
        ("Kumasi, Ghana (Thu, June 12, 2025) - ", "Kumasi"),
    ],
)
def test_the_weekday_s_date_dates_the_dateline(opening: str, city: str) -> None:
    found = find_dateline(opening + STORY)
    assert found is not None and (found.city, found.date) == (city, date(2025, 6, 12))


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        ("Abuja – June 12, 2025 – ", "Abuja"),
        ("Abuja – Thursday, June 12, 2025, was the day when ", "Abuja"),
        ("Abuja – Thursday – ", "Abuja"),
    ],
)
def test_other_openings_read_as_before(opening: str, city: str) -> None:
    found = find_dateline(opening + STORY)
    expected = date(2025, 6, 12) if "June 12, 2025 –" in opening else None
    assert found is not None and (found.city, found.date) == (city, expected)
