"""Publication dates written as a Unix time, seconds or milliseconds, written for these tests.

CMS exports and some pages stamp a story with the number of seconds (or milliseconds) since
1970: a txt header "date: 1749722400", a meta tag `content="1749600000000"`. `parse_date` read
no such value, and the story was left with the warning `unparsed_date`. The day is the UTC day;
eight digits stay a compact date ("20250612"), and numbers of other lengths stay unparsed.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import parse_date
from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "LUSAKA - Zambia and Malawi agreed on Thursday to reopen the Mchinji border post to cargo trucks."


def _record(name: str, text: str) -> Document:
    (record,) = parse_raw_file(RawFile(name, text.encode()), max_bytes=100_000, today=date(2026, 1, 1))
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("1749722400", date(2025, 6, 12)),  # seconds
        ("1749722400.25", date(2025, 6, 12)),  # seconds with a fraction
        ("1749600000000", date(2025, 6, 11)),  # milliseconds
        (" 1718236800 ", date(2024, 6, 13)),
        ("20250612", date(2025, 6, 12)),  # a compact date as before
    ],
)
def test_a_unix_time_is_read_as_its_utc_day(value: str, day: date) -> None:
    assert parse_date(value) == day


@pytest.mark.parametrize("value", ["12345", "17497224001", "174972240000000", "1749722400 GMT+3"])
def test_numbers_of_other_lengths_are_no_date(value: str) -> None:
    assert parse_date(value) is None


def test_a_txt_header_in_unix_seconds_dates_the_story() -> None:
    record = _record("border.txt", f"date: 1749722400\ntitle: Border post reopens\n\n{STORY}")
    assert record.published_date == date(2025, 6, 12)
    assert not any(w.startswith("unparsed_date") for w in record.warnings)


def test_a_meta_tag_in_milliseconds_dates_the_page() -> None:
    page = (
        "<html><head><title>Border post reopens</title><meta name='date' content='1749600000000'>"
        f"</head><body><article><h1>Border post reopens</h1><p>{STORY}</p><p>Traders on both sides "
        "had waited weeks for the crossing to open again to lorries.</p></article></body></html>"
    )
    assert _record("border.html", page).published_date == date(2025, 6, 11)
