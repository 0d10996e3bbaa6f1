"""A story with no place of filing that opens on its date and a dash, written for these tests.

"12 June 2025 -- Two lake ports signed ..." had no date at all: the date is no dateline (no
place), no stamp line (text follows it) and no header. A full date opening a line near the top
before a dash or a colon now dates such a story. A story with a dateline keeps its dateline's
date, and a date in a sentence or before no dash dates nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "Two lake ports signed an accord to share a ferry timetable, the harbour boards said."


def _published(text: str) -> date | None:
    (record,) = parse_raw_file(RawFile("ferry.txt", text.encode()), max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "opening",
    [
        f"12 June 2025 -- {STORY}",
        f"Ferry timetable shared\n\n12 June 2025 -- {STORY}",
        f"June 12, 2025 — {STORY}",
        f"Ferry timetable shared\n\nThursday, June 12, 2025: {STORY}",
        f"Thu, 12 Jun 2025 - {STORY}",
    ],
)
def test_a_story_opening_on_its_date_is_dated(opening: str) -> None:
    assert _published(opening) == date(2025, 6, 12)


def test_a_dateline_keeps_its_own_date() -> None:
    assert _published(f"MANGOCHI, June 10, 2025 - {STORY}\n\n12 June 2025 - the first ferry sails.") == date(
        2025, 6, 10
    )


@pytest.mark.parametrize(
    "opening",
    [
        f"On 12 June 2025 - a Thursday - {STORY}",
        f"12 June 2025 was the day the ports met. {STORY}",
    ],
)
def test_a_date_in_a_sentence_dates_nothing(opening: str) -> None:
    assert _published(opening) is None
