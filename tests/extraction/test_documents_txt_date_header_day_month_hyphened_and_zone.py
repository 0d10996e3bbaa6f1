"""A txt header's date as "12-Jun-2025", and a zone alone after its clock, written for these tests.

Government and bank sites print a day as "12-Jun-2025" (or "12-JUN-25"): as a header value it
had been no date, so the header had not been read at all (no published date, and its "title"
line had become the body's first words). And a stamp whose clock `_TIME` reads, then a zone by
its name ("date 2025-06-12 08:30 EAT"), had left "EAT" as the body's opening, which ended the
header there (the "title" line after it had become body). Both now read as dates; the zones are
named (`txt_format._ZONE_ABBREVIATIONS`), so a body that shares the date's line and opens on a
city in capitals ("date 2025-06-12 08:30 DOHA, Qatar - ...") keeps it.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

BODY = "GABORONE - Botswana and Namibia agreed on Friday to share a new rail line."


def _document(text: str) -> Document:
    (record,) = parse_raw_file(RawFile("rail.txt", text.encode()), max_bytes=100_000)
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "first_line",
    [
        "date 13-Jun-2025",
        "Date: 13-JUN-2025",
        "date 13-Jun-25",
        "Posted On: 13-Jun-2025 10:30",
        "date 2025-06-13 08:30 EAT",
        "date 2025-06-13 08:30 (CAT)",
        "Published: June 13, 2025 10:31 WIB",
    ],
)
def test_the_date_is_read_and_the_title_kept(first_line: str) -> None:
    document = _document(f"{first_line}\ntitle Botswana and Namibia share a rail line\n\n{BODY}\n")
    assert document.published_date == date(2025, 6, 13)
    assert document.title == "Botswana and Namibia share a rail line"
    assert document.text == BODY
    assert document.dateline == "Gaborone"


@pytest.mark.parametrize(
    "first_line",
    [
        "date 13-Jun-251",  # no year of two or four digits
        "date 13-June 2025",
    ],
)
def test_other_shapes_read_as_before(first_line: str) -> None:
    document = _document(f"{first_line}\ntitle Botswana and Namibia share a rail line\n\n{BODY}\n")
    assert document.published_date is None or document.title is None


def test_a_city_in_capitals_after_the_clock_is_the_body() -> None:
    document = _document(f"date 2025-06-13 08:30 {BODY}\n")
    assert document.published_date == date(2025, 6, 13)
    assert document.text == BODY
    assert document.dateline == "Gaborone"
