"""Year-first dates of a metadata value with a time after them, or in East Asian characters,
written for these tests.

Korean and Japanese sites stamp a story "2025.06.12 10:42" or "2025.06.12. 10:42", and the
Chinese, Japanese and Korean editions write "2025年6月12日" or "2025년 6월 12일"; such a JSON
field or header had been an "unparsed_date", and the story had no date. A dotted value that
is no date ("2025.13.12", "2025.06.1234") stays none.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from orchestration.extraction.dates import parse_date
from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile


@pytest.mark.parametrize(
    "value",
    [
        "2025.06.12 10:42",
        "2025.06.12. 10:42",
        "2025.6.12",
        "2025年6月12日",
        "2025年06月12日 10:42",
        "2025년 6월 12일",
    ],
)
def test_the_value_is_read(value: str) -> None:
    assert parse_date(value) == date(2025, 6, 12)


@pytest.mark.parametrize("value", ["2025.13.12 10:42", "2025.06.1234", "2025.06"])
def test_no_date_is_read(value: str) -> None:
    assert parse_date(value) is None


def test_a_json_field_dates_the_story() -> None:
    item = {
        "title": "Seoul and Hanoi widen trade talks",
        "date": "2025.06.12 10:42",
        "text": "South Korea and Vietnam agreed on Thursday to widen talks on a trade pact, officials said.",
    }
    (record,) = parse_raw_file(RawFile("talks.json", json.dumps(item).encode()), max_bytes=100_000)
    assert isinstance(record, Document) and record.published_date == date(2025, 6, 12)
