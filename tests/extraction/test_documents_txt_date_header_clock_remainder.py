"""The clock time left after the date of a txt file's first header line, written for these tests.

A date header on the file's first line may run into the body ("date 2025-06-12 ACCRA, Ghana
..."), so what follows the date there is read as the body's opening. A stamp that writes its
time after a bar, in hours with AM or PM and a zone, or a zone with an offset ("Published: Jun
12, 2025 | 09:12 AM IST", "Published 12/06/2025 14:02 GMT+3") had left "| 09:12 AM IST" or
"GMT+3" as the story's first words, before its dateline. Such a remainder is now dropped; a
body that does follow the date on its line is kept as before.
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
        "Published: Jun 13, 2025 | 09:12 AM IST",
        "Published 13/06/2025 14:02 GMT+3",
        "Date: 13 June 2025 - 14:02 hrs",
        "Date: 2025-06-13 (UTC+02:00)",
        "Published: June 13, 2025, 10.15 am CAT",
    ],
)
def test_the_clock_after_the_date_is_no_body(first_line: str) -> None:
    document = _document(f"{first_line}\n\n{BODY}\n")
    assert document.published_date == date(2025, 6, 13)
    assert document.text == BODY
    assert document.dateline == "Gaborone"


@pytest.mark.parametrize(
    ("first_line", "opening"),
    [
        ("date 2025-06-13 GABORONE - Botswana and Namibia agreed", "GABORONE - Botswana"),
        ("Date: 2025-06-13 | 10:42 Talks on the line went on", "| 10:42 Talks"),
    ],
)
def test_a_body_after_the_date_stays(first_line: str, opening: str) -> None:
    document = _document(f"{first_line}\n{BODY}\n")
    assert document.published_date == date(2025, 6, 13)
    assert document.text.startswith(opening)
