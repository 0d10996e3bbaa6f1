"""Timestamp lines labelled with the word "date", as CMSs print them, written for these tests.

A stamp line at the top of a story or a page reads "Published Date: 2025-06-11 14:05:00",
"Publication date: 11.06.2025" or "Date Published: June 11, 2025"; only "Published:" and
"Posted on" had been read as the label of the story's day, and a story whose only date such a
line held had none. A line that only opens on "Publication" ("Publication of the figures ...")
stays body, and a date told of an event stays no publication date.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

LEAD = (
    "NIAMEY, Niger - Niger and Chad agreed on Tuesday to reopen their shared border crossing to "
    "livestock traders, the two governments said."
)


def _document(name: str, content: str) -> Document:
    (record,) = parse_raw_file(RawFile(name, content.encode()), max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "stamp",
    [
        "Published Date: 2025-06-10 14:05:00",
        "Publication date: 10.06.2025",
        "Publish Date: 10 June 2025",
        "Date Published: June 10, 2025",
        "Date of publication: 10/06/2025",
        "By Amadou Issa | Published Date: 10 June 2025",
    ],
)
def test_a_stamp_line_labelled_with_date_dates_the_story(stamp: str) -> None:
    assert _document("border.txt", f"Border reopens\n{stamp}\n\n{LEAD}").published_date == date(2025, 6, 10)


def test_a_pages_stamp_labelled_with_date_dates_it() -> None:
    page = (
        "<html><head><title>Border reopens</title></head><body><article><h1>Border reopens</h1>"
        "<div class='info'>Publication date: 10.06.2025</div>"
        f"<p>{LEAD}</p><p>Herders had waited for months to cross with their cattle and goats.</p>"
        "</article></body></html>"
    )
    assert _document("border.html", page).published_date == date(2025, 6, 10)


@pytest.mark.parametrize(
    "opening",
    [
        "Publication of the border figures on 10 June 2025 showed a fall.",
        "The date published in the decree, 10 June 2025, was later moved.",
    ],
)
def test_a_sentence_opening_on_the_words_dates_nothing(opening: str) -> None:
    assert _document("border.txt", f"{opening}\n\n{LEAD}").published_date is None
