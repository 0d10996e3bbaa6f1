"""A page's date line under its headline with a weekday's short name or a byline after "by",
written for these tests.

British papers stamp a story "Thu 12 Jun 2025 10.31 BST", and blog themes print "12 June 2025 by
Staff Reporter" under the headline. The weekday's short name had kept the date from opening the
value, and the byline had made the line no whole date, so a page with no machine-readable date
had had none. `_is_whole_date` (html_format.py) now passes over a weekday's short name before the
date (`_SHORT_WEEKDAY`), and `_headline_date_line` cuts a trailing "by" and a name
(`_TRAILING_BYLINE`). A sentence under the headline, a weekday's short name before no date, and a
page's own date read as before; a line with a byline after its date stays in the body.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "<p>Cotton buyers from three districts met the ginnery board on Thursday to agree a price.</p>"


def _record(line: str, meta: str = "") -> Document:
    page = (
        f"<html><head><title>Cotton talks</title>{meta}</head><body><nav><a>Home</a></nav>"
        f"<article><h1>Cotton price talks open</h1><div class='meta'>{line}</div>"
        f"{STORY}</article></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("cotton.html", page.encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "line",
    [
        "Thu 12 Jun 2025 10.31 BST",
        "Thu, 12 Jun 2025 10.31 BST",
        "12 June 2025 by Staff Reporter",
        "Thu 12 Jun 2025 by Chanda Mwale",
    ],
)
def test_the_line_dates_the_page(line: str) -> None:
    assert _record(line).published_date == date(2025, 6, 12)


@pytest.mark.parametrize("line", ["Sun 12 firms met the board", "12 June 2025 was the day the board met"])
def test_no_date_is_read(line: str) -> None:
    assert _record(line).published_date is None


def test_the_page_date_wins() -> None:
    meta = '<meta property="article:published_time" content="2025-06-10T08:00:00Z">'
    assert _record("Thu 12 Jun 2025 10.31 BST", meta).published_date == date(2025, 6, 10)
