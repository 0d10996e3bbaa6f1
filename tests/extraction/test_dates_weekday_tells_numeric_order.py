"""A weekday written before a numeric date tells its order, written for these tests.

Drupal stamps a story "Tue, 06/10/2025 - 09:12", month first; the numbers were read day first
(6 October), whatever the weekday said. When the weekday's name before the date fits one
reading only, that reading is the date: 10 June 2025 is a Tuesday, 6 October 2025 a Monday.
With no weekday, with one that fits both readings or neither, the date is read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates, parse_date
from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("Tue, 06/10/2025 - 09:12", date(2025, 6, 10)),
        ("Tuesday 06/10/2025", date(2025, 6, 10)),
        ("Tues. 6/10/2025", date(2025, 6, 10)),
        ("Mon, 06/10/2025 - 09:12", date(2025, 10, 6)),
        ("Thursday, 06-12-2025", date(2025, 6, 12)),
        # no weekday, or one that fits neither reading: day first, as before
        ("06/10/2025", date(2025, 10, 6)),
        ("Fri, 06/10/2025", date(2025, 10, 6)),
        # a part above 12 decides alone
        ("Mon, 13/10/2025", date(2025, 10, 13)),
    ],
)
def test_the_weekday_tells_the_order(written: str, day: date) -> None:
    assert parse_date(written) == day


def test_a_weekday_in_a_sentence_tells_it_too() -> None:
    (mention,) = find_dates("The two ministers met on Tuesday 06/10/2025 in Accra.", date(2025, 7, 1))
    assert mention.date == date(2025, 6, 10)


def test_a_stamp_line_dates_the_story_so() -> None:
    lead = "Ghana and Togo agreed on Tuesday to cut tariffs on processed cocoa, the two trade ministers said."
    raw = RawFile("cocoa.txt", f"Cocoa tariffs cut\nTue, 06/10/2025 - 09:12\n\n{lead}".encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 12, 31))
    assert isinstance(record, Document) and record.published_date == date(2025, 6, 10)
