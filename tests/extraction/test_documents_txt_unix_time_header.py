"""A txt header's date written as a Unix time, with or without its colon, written for these tests.

CMS exports write "date 1749722400" or "Timestamp: 1749722400" above the story. With no colon,
the number was no date, the header block was not believed, and its lines stayed the body's
first words; "timestamp" was no key of the date. A Unix time of ten digits (seconds, maybe
with a fraction) or thirteen (milliseconds) now starts a date header's value, and "timestamp"
names the date as "published" does; a body sentence opening on "Date" and a shorter number
stays body.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "MASERU - Lesotho and South Africa agreed on Thursday to widen the Maseru Bridge crossing."


def _record(text: str) -> Document:
    (record,) = parse_raw_file(
        RawFile("bridge.txt", text.encode()), max_bytes=100_000, today=date(2026, 1, 1)
    )
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("date 1749722400\ntitle Bridge to be widened\n\n", date(2025, 6, 12)),
        ("date 1749600000000\n\n", date(2025, 6, 11)),
        ("Timestamp: 1749722400\n\n", date(2025, 6, 12)),
        ("timestamp 1749722400.75\nsource Lesotho Times\n\n", date(2025, 6, 12)),
        (" date 1749722400 ", date(2025, 6, 12)),  # header and body on one line
    ],
)
def test_a_unix_time_header_dates_the_story(header: str, day: date) -> None:
    record = _record(header + STORY)
    assert record.published_date == day
    assert record.text.startswith("MASERU")
    assert record.dateline == "Maseru"


def test_the_title_of_such_a_block_is_read() -> None:
    assert _record(f"date 1749722400\ntitle Bridge to be widened\n\n{STORY}").title == "Bridge to be widened"


@pytest.mark.parametrize(
    "text",
    [
        f"Date 123456789 reasons to trade, the minister joked.\n\n{STORY}",
        f"Date palm exports rose 1749722400 percent.\n\n{STORY}",
    ],
)
def test_a_body_opening_on_date_stays_body(text: str) -> None:
    assert _record(text).text.startswith("Date")
