"""A news archive's export (a headline, the paper, "June 12, 2025 Thursday", label lines) reads its
date and no label as a place, written for these tests.

News databases export a story with the day before its weekday ("June 12, 2025 Thursday") and
label lines in capitals or Title case ("LENGTH: 412 words", "SECTION: NEWS; Pg. 4", "LOAD-DATE:
June 13, 2025"). The weekday after the date had kept the line from being a date alone, so the
later "LOAD-DATE" line dated the story (a day late), and "LENGTH" had been read as the story's
dateline, its engagements placed there. `_TIME_TAIL` (documents.py) takes a weekday's name after
the date, and `_NOT_PLACES` (datelines.py) holds the export's labels (Length, Body, Copyright,
Language, Publication, Load-Date, Highlight, Notes, Document). A date line with no weekday reads
as before. (A dateline opening the body after six such lines is still out of reach, as before.)
"""

from __future__ import annotations

from datetime import date

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

HEAD = (
    "Kenya, Uganda leaders agree on pipeline extension\n\nThe Standard (Kenya)\n\nJune 12, 2025 Thursday\n\n"
    "SECTION: NEWS; Pg. 4\n\nLENGTH: 412 words\n\nBYLINE: Jane Doe\n\n"
)
STORY = "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Wednesday to discuss trade."
TAIL = "\n\nLOAD-DATE: June 13, 2025\n"


def _record(text: str) -> Document:
    (record,) = parse_raw_file(
        RawFile("export.txt", text.encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record


def test_the_date_line_dates_the_story() -> None:
    assert _record(HEAD + STORY + TAIL).published_date == date(2025, 6, 12)


def test_no_label_is_the_dateline() -> None:
    assert _record(HEAD + STORY + TAIL).dateline is None
    title_case = HEAD.replace("LENGTH", "Length").replace("SECTION", "Section")
    assert _record(title_case + STORY + TAIL).dateline is None


def test_a_date_line_with_no_weekday_reads_as_before() -> None:
    record = _record(HEAD.replace(" Thursday", "") + STORY + TAIL)
    assert record.published_date == date(2025, 6, 12)
