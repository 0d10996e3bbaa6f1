"""A date line closed by the outlet's name in brackets dates the story, written for these tests.

Papers and agencies stamp a story with the day and their name in brackets: "12 June 2025 (Lusaka
Times)", "June 12, 2025 10:31 (Xinhua)", "Thursday, June 12, 2025 (ANTARA)". Such a line had been
no date alone, and a story with no date of its own had had none. `_TIME_TAIL` (documents.py) now
takes a capitalised name in brackets at the line's end. A line that goes on after the brackets,
and a bracket in lower case, read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "Cotton buyers from three districts met the ginnery board on Thursday to agree a price."


def _published(stamp: str) -> date | None:
    text = f"Cotton price talks open\n\n{stamp}\n\n{STORY}\n"
    (record,) = parse_raw_file(
        RawFile("cotton.txt", text.encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "stamp",
    ["12 June 2025 (Lusaka Times)", "June 12, 2025 10:31 (Xinhua)", "Thursday, June 12, 2025 (ANTARA)"],
)
def test_the_line_dates_the_story(stamp: str) -> None:
    assert _published(stamp) == date(2025, 6, 12)


@pytest.mark.parametrize(
    "stamp",
    ["12 June 2025 (the day of the talks) was busy for the board", "12 June 2025 (updated)"],
)
def test_no_date_is_read(stamp: str) -> None:
    assert _published(stamp) is None
