"""The full date in a byline's or a post's meta line dates a page, written for these tests.

Blog and news themes print the writer and the day in one classed line under the headline: "<div
class='post-meta'>By Grace Njeri in Business on 12 June 2025</div>", "<p class='byline'>Grace
Njeri, Nairobi, June 12, 2025</p>". The line is no date alone and has no bar between its parts,
and trafilatura drops it with the page's furniture, so a page with no machine-readable date had
had none. `_signed_date` (html_format.py) now reads the first full date of an element classed as
a byline, a meta line, an author's or a credit's, when the line signs the story: it opens on
"By" ("Written by", "Posted by"), or only capitalised names and commas come before a date that
ends it (a time at most after it), or a dash and a writer follow a date that opens it. A line
with a change's word ("Updated June 14, 2025"), a sentence ("Board meeting held on 12 June
2025", "12 June 2025 was the day the board met"), an element of other classes and a page with a
machine-readable date read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>Kenya and Uganda on Thursday signed an agreement on the standard gauge railway, officials "
    "said after the talks.</p><p>The two governments said the line would cut the cost of moving "
    "fuel and cement between Mombasa and Kampala by a third, and would open in 2028.</p>"
)


def _published(line: str, klass: str = "post-meta", head: str = "") -> date | None:
    page = (
        f"<html><head><title>Rail deal</title>{head}</head><body><div class='post'>"
        f"<h1>Rail deal</h1><div class='{klass}'>{line}</div><div class='entry-content'>{STORY}</div>"
        "</div></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("rail.html", page.encode()), max_bytes=100_000, today=date(2025, 12, 31)
    )
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    ("line", "klass"),
    [
        ("By Grace Njeri in Business on 12 June 2025", "post-meta"),
        ("By Grace Njeri in <a href='/nairobi'>Nairobi</a> on 12 June 2025", "entry-meta"),
        ("Grace Njeri, Nairobi, June 12, 2025", "byline"),
        ("By Staff Writer on 12/06/2025 at 10:31", "article-byline"),
        ("Written by Grace Njeri Thursday, 12 June 2025 10:31", "author-line"),
        ("12 June 2025 — Staff reporter", "credit"),
    ],
)
def test_the_byline_dates_the_page(line: str, klass: str) -> None:
    assert _published(line, klass) == date(2025, 6, 12)


@pytest.mark.parametrize(
    ("line", "klass"),
    [
        ("By Grace Njeri, updated on June 14, 2025", "post-meta"),
        ("By Grace Njeri in Business on 12 June 2025", "sidebar-note"),
        ("Board meeting held on 12 June 2025", "post-meta"),
        ("12 June 2025 was the day the board met", "byline"),
        ("Mis à jour le 12 juin 2025", "meta"),
    ],
)
def test_other_lines_date_nothing(line: str, klass: str) -> None:
    assert _published(line, klass) is None


def test_a_machine_readable_date_comes_first() -> None:
    head = '<meta property="article:published_time" content="2025-06-11T09:00:00+03:00">'
    assert _published("By Grace Njeri in Business on 12 June 2025", head=head) == date(2025, 6, 11)
