"""A dateline that dates itself in parentheses without a year, written for these tests.

Asian and Gulf papers write "SINGAPORE (June 12): ..." or "NEW DELHI (12 June) - ...": the day
in parentheses with no year. A full date there ("(June 12, 2025)") was read already, but the
yearless day had been taken for nothing, so the dateline gave no day and a story's "signed"
was dated by its publication. It is now the dateline's yearless date, as "SINGAPORE, June 12 -"
gives one. An agency's credit in parentheses, a full date, and an aside in a sentence read as
before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline
from orchestration.extraction.pipeline import extract_document

LEAD = "Malaysia and Brunei signed an agreement on halal certification, the trade ministry said."


@pytest.mark.parametrize(
    ("text", "city", "yearless"),
    [
        (f"KUALA LUMPUR (June 12): {LEAD}", "Kuala Lumpur", "June 12"),
        (f"BANDAR SERI BEGAWAN (12 June) - {LEAD}", "Bandar Seri Begawan", "12 June"),
        (f"Kuching (Thursday, June 12) — {LEAD}", "Kuching", "June 12"),
    ],
)
def test_the_yearless_day_in_parentheses_is_the_datelines(text: str, city: str, yearless: str) -> None:
    found = find_dateline(text)
    assert found is not None and (found.city, found.date, found.yearless) == (city, None, yearless)


def test_it_dates_the_engagement() -> None:
    (event,) = extract_document(f"KUALA LUMPUR (June 12): {LEAD}", date(2025, 6, 14)).engagements
    assert event.engagement_date == date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "day", "yearless"),
    [
        (f"KUALA LUMPUR (Bernama) - {LEAD}", None, None),
        (f"KUALA LUMPUR (June 12, 2025) - {LEAD}", date(2025, 6, 12), None),
        (f"KUALA LUMPUR, June 12 (Bernama) - {LEAD}", None, "June 12"),
    ],
)
def test_near_misses_read_as_before(text: str, day: date | None, yearless: str | None) -> None:
    found = find_dateline(text)
    assert found is not None and (found.date, found.yearless) == (day, yearless)


def test_a_dated_aside_in_a_sentence_is_no_dateline() -> None:
    assert find_dateline("Exports (June 12) rose as the two ministers met.") is None
