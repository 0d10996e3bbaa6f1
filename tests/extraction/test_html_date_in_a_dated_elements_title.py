"""A page's date in the `title` of an element classed as a date, written for these tests.

The hAtom microformat of older blogs and CMSs marks a story's day as `<abbr class="published"
title="2025-06-10T08:00:00">June 10</abbr>`: the machine-readable date is the title, the text
often has no year. Such a page had had no date. `html_format` now reads the title of a body
element classed as a date (after the `<time>` elements), a change's ("updated") last. A title
that is no date (a tooltip), or one on an element of other classes, stays unread; a `<time>`
and a published meta tag still come first.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>APIA - Samoa and Fiji agreed on Tuesday to resume direct ferry services between "
    "their capitals, the two transport ministries said in a joint statement.</p>"
)


def _published(body: str, head: str = "") -> date | None:
    page = (
        f"<html><head>{head}<title>Ferry service to resume</title></head>"
        f"<body>{body}<article>{STORY}</article></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("ferry.html", page.encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "body",
    [
        '<abbr class="published" title="2025-06-10T08:00:00">June 10</abbr>',
        '<abbr class="entry-date" title="2025-06-10">10 Jun</abbr>',
        '<span class="post-date" title="June 10, 2025 8:00 am">3 weeks ago</span>',
        '<abbr class="updated" title="2025-06-14T09:00:00">June 14</abbr>'
        '<abbr class="published" title="2025-06-10T08:00:00">June 10</abbr>',
    ],
)
def test_the_title_of_a_dated_element_dates_the_page(body: str) -> None:
    assert _published(body) == date(2025, 6, 10)


def test_a_change_alone_still_dates_the_page() -> None:
    assert _published('<abbr class="updated" title="2025-06-14T09:00:00">June 14</abbr>') == date(2025, 6, 14)


@pytest.mark.parametrize(
    ("body", "head", "expected"),
    [
        ('<abbr class="published" title="Published by the desk">June 10</abbr>', "", None),
        ('<abbr class="initialism" title="2025-06-10">FTA</abbr>', "", None),
        (
            '<abbr class="published" title="2025-06-10T08:00:00">June 10</abbr>',
            '<meta property="article:published_time" content="2025-06-09T07:00:00Z">',
            date(2025, 6, 9),
        ),
        (
            '<time datetime="2025-06-08">8 June</time>'
            '<abbr class="published" title="2025-06-10T08:00:00">June 10</abbr>',
            "",
            date(2025, 6, 8),
        ),
    ],
)
def test_near_misses_read_as_before(body: str, head: str, expected: date | None) -> None:
    assert _published(body, head) == expected
