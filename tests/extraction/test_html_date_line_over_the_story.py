"""A page's date line kept over the story, written for these tests.

Pages set the date over the story in an element the extractor keeps ("<p class='date'>
12/06/2025</p>", "<p>Thursday, June 12, 2025</p>", "<div>12.06.2025 | 10:31</div>"): the stamp
had stayed the body's first line, before its dateline. Lines that open the body and are a date
and nothing else (a label and a clock time maybe) are now dropped, when the page gave its date.
A sentence opening on a date, a line with more than a date, and a page whose date only its body
gives keep the line.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>NACALA - Cashew buyers from three provinces met the port authority on Thursday to agree "
    "a loading schedule for the coming season, officials said.</p>"
    "<p>The port will add a second shift for bulk carriers from next month.</p>"
)
META = '<meta property="article:published_time" content="2025-06-12T08:00:00+02:00">'


def _record(stamp: str, meta: str = META) -> Document:
    page = (
        f"<html><head><title>Cashew schedule | Coastal Post</title>{meta}</head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Cashew schedule agreed</h1>"
        f"{stamp}{STORY}</article><footer>All rights reserved</footer></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("cashew.html", page.encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "stamp",
    [
        '<p class="date">12/06/2025</p>',
        "<p>Thursday, June 12, 2025</p>",
        "<p>12 June 2025 10:31 GMT</p>",
        "<div>12.06.2025 | 10:31</div>",
        "<p>Published 12 June 2025</p>",
        "<p>2025-06-12</p>",
        "<p>12 June 2025</p><p>10:31</p>",
    ],
)
def test_the_date_line_is_dropped(stamp: str) -> None:
    record = _record(stamp)
    assert record.text.startswith("NACALA - Cashew buyers")
    assert record.published_date == date(2025, 6, 12)
    assert record.dateline == "Nacala"


@pytest.mark.parametrize(
    "stamp",
    [
        "<p>12 June 2025 was the day the port opened its second berth to bulk carriers.</p>",
        "<p>June 12, 2025 by Amina Yusuf</p>",
    ],
)
def test_a_line_with_more_than_a_date_stays(stamp: str) -> None:
    record = _record(stamp)
    assert record.text.split("\n")[0] in stamp


def test_a_page_dated_by_its_body_only_keeps_the_line() -> None:
    record = _record("<p>Cashew buyers, 12 June 2025</p>", meta="")
    assert record.text.startswith("Cashew buyers, 12 June 2025")
