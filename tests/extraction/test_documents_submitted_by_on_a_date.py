"""A page's "Submitted by <writer> on <date>" line dates the story, written for these tests.

Drupal's default theme prints a node's byline as "Submitted by admin on Wed, 06/11/2025 - 09:12";
with no meta date, such a page had had none ("Submitted" was no label of a stamp, where "Posted"
and "Written by ... on" already were). `_SHOWN_STAMP` (html_format.py) now takes the byline up to
"on" (`_SUBMITTED_BY`; the writer may be a login in lower case), and the date after it is read as
a shown stamp's, its weekday telling the order of a numeric one. "Posted by webmaster on ...",
"Written by ... on ...", a line with no date after "on" and a page's own meta date read as before.
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
        f"<html><head><title>Cotton price talks</title>{meta}</head><body><article>"
        f"<h1>Cotton price talks open</h1>{stamp}<div class='field-name-body'>{STORY}</div>"
        "</article></body></html>"
    )
    (record,) = parse_raw_file(RawFile("node.html", page.encode()), max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "stamp",
    [
        "<div class='submitted'>Submitted by admin on Wed, 06/11/2025 - 09:12</div>",
        "<span>Submitted by Chanda Mwale on 11 June 2025</span>",
        "<p class='meta'>Posted by webmaster on June 11, 2025</p>",
        "<div>Written by Grace Njeri on Wednesday, June 11, 2025</div>",
    ],
)
def test_the_line_dates_the_story(stamp: str) -> None:
    assert _record(stamp).published_date == date(2025, 6, 11)


def test_a_byline_with_no_date_dates_nothing() -> None:
    assert (
        _record("<div class='submitted'>Submitted by admin on behalf of the board</div>").published_date
        is None
    )


def test_the_meta_date_wins() -> None:
    meta = '<meta property="article:published_time" content="2025-06-10T08:00:00Z">'
    stamp = "<div class='submitted'>Submitted by admin on Wed, 06/11/2025 - 09:12</div>"
    assert _record(stamp, meta).published_date == date(2025, 6, 10)
