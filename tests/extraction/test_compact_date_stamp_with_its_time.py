"""A compact date stamp with its time of day run on: "20250610080000", written for these tests.

Chinese portals and some agency CMSs stamp a story in a meta tag ("ptime", "pubdate") as
YYYYMMDDhhmmss, fourteen digits with nothing between them. `dates.parse_date` read eight
digits ("20250610") as a date but the fourteen as nothing, so such a page had had no date.
The six digits of the time after a compact date are now allowed (with or without a "T").
Twelve digits stay a Unix time in milliseconds, nine or ten in seconds; digits that make no
date, and a run whose "time" is no clock, stay unread.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import parse_date
from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("20250610080000", date(2025, 6, 10)),
        ("20241231235959", date(2024, 12, 31)),
        (" 20250301T141500 ", date(2025, 3, 1)),
    ],
)
def test_a_compact_stamp_with_its_time_is_its_day(value: str, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("20250610", date(2025, 6, 10)),  # the compact date alone, as before
        ("1749542400", date(2025, 6, 10)),  # a Unix time in seconds
        ("1749542400000", date(2025, 6, 10)),  # and in milliseconds
        ("20251310080000", None),  # month 13: no date
        ("20250610089999", None),  # no clock after the day
    ],
)
def test_near_misses_read_as_before(value: str, expected: date | None) -> None:
    assert parse_date(value) == expected


def test_a_ptime_meta_tag_dates_the_page() -> None:
    page = (
        '<html><head><meta name="ptime" content="20250610080000"><title>Rail link opens</title></head>'
        "<body><article><p>KUNMING - A freight rail link between Yunnan and northern Laos carried "
        "its first refrigerated containers on Tuesday, the operator said.</p></article></body></html>"
    )
    (record,) = parse_raw_file(RawFile("rail.html", page.encode()), max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    assert record.published_date == date(2025, 6, 10)
