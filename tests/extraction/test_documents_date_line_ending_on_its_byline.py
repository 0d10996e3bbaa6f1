"""A stamp line that ends on its byline dates the story, written for these tests.

Blog and news themes print the day before the writer under the headline: "June 12, 2025 by
Chanda Mwale", "12/06/2025 by Staff Writer", "Jun 12th, 2025 by Admin". Such a line had been no
date alone, and a page (or a text file) with no date of its own had had none.
`_without_trailing_byline` (documents.py) now cuts "by" and one to five capitalised names off
the end of a line before it is read as a date line. A line that is only a byline, a sentence that
opens on a date and a page that gives its own date read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>Cotton buyers from three districts met the ginnery board on Thursday to agree a price "
    "for the coming season, officials said.</p>"
    "<p>The board will publish the price schedule next month.</p>"
)


def _record(stamp: str, meta: str = "") -> Document:
    page = (
        f"<html><head><title>Cotton price talks | Valley Times</title>{meta}</head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Cotton price talks open</h1>"
        f"{stamp}{STORY}</article><footer>All rights reserved</footer></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("cotton.html", page.encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "stamp",
    [
        "<p>June 12, 2025 by Chanda Mwale</p>",
        "<p>12/06/2025 by Staff Writer</p>",
        "<p>Jun 12th, 2025 by Admin</p>",
        "<p>12 June 2025 - By Grace Njeri</p>",
        "<p>Thursday, 12 June 2025, by Nguyen Thi Lan</p>",
    ],
)
def test_the_line_dates_the_story(stamp: str) -> None:
    assert _record(stamp).published_date == date(2025, 6, 12)


def test_a_text_file_is_dated_so_too() -> None:
    text = (
        "Cotton price talks open\n\nJune 12, 2025 by Chanda Mwale\n\nCotton buyers met the board on Thursday."
    )
    (record,) = parse_raw_file(
        RawFile("cotton.txt", text.encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document) and record.published_date == date(2025, 6, 12)


@pytest.mark.parametrize(
    "stamp",
    [
        "<p>By Chanda Mwale</p>",
        "<p>12 June 2025 was the day the board was named by President Hichilema</p>",
        "<p>Prices set in 2025 by Ginners</p>",
    ],
)
def test_no_date_is_read(stamp: str) -> None:
    assert _record(stamp).published_date is None


def test_the_page_date_wins() -> None:
    meta = '<meta property="article:published_time" content="2025-06-10T08:00:00+02:00">'
    assert _record("<p>June 12, 2025 by Chanda Mwale</p>", meta).published_date == date(2025, 6, 10)
