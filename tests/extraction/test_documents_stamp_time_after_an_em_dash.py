"""A stamp line whose clock time is set apart from the date by an em dash, written for these tests.

Sites print the day and the time of a story on a line of its own, parted by a hyphen, an en
dash or an em dash ("June 13, 2025 — 9:12 AM"). Only the hyphen and the en dash had been read
before the time: with an em dash the line dated nothing, and the story had no publication date.
A line that goes on after the time with words stays no date line.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "MASERU - Lesotho and South Africa agreed to share water from the new dam."


def _published(stamp: str) -> date | None:
    text = f"Water deal agreed\n\n{stamp}\n\n{STORY}\n"
    (record,) = parse_raw_file(RawFile("water.txt", text.encode()), max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "stamp",
    [
        "June 13, 2025 — 9:12 AM",
        "13 June 2025 — 09:12 SAST",
        "June 13, 2025 – 9:12 AM",
        "June 13, 2025 - 9:12 AM",
    ],
)
def test_the_time_after_any_dash_leaves_the_date(stamp: str) -> None:
    assert _published(stamp) == date(2025, 6, 13)


def test_words_after_the_dash_make_no_date_line() -> None:
    assert _published("June 13, 2025 — ministers meet") is None
