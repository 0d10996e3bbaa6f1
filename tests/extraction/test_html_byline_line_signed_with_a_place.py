"""A page's byline line that ends on the place of filing, written for these tests.

Papers that print no dateline sign the story in a classed byline line above it: "<div
class='byline'>By Amina Yusuf | Lagos</div>", "Staff Reporter, Abuja". The page's text had
dropped that line before the dateline finder saw it, and the story had no place. A byline
that ends on no place ("By Amina Yusuf | Business") gives none, and a dateline that opens the
story still wins.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>Nigeria and Ghana agreed on Tuesday to cut tariffs on processed cocoa traded between them, "
    "the two trade ministers said after talks.</p>"
    "<p>The cut takes effect in July, officials said, and covers cocoa butter and powder.</p>"
)


def _dateline(byline: str, story: str = STORY) -> str | None:
    page = (
        "<html><head><title>Cocoa tariffs cut</title>"
        '<meta property="article:published_time" content="2025-06-10"></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>Cocoa tariffs cut</h1>{byline}{story}"
        "</article><footer>All rights reserved</footer></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("cocoa.html", page.encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record.dateline


@pytest.mark.parametrize(
    ("byline", "city"),
    [
        ('<div class="byline">By Amina Yusuf | Lagos</div>', "Lagos"),
        ('<div class="byline">By Staff Reporter, Abuja</div>', "Abuja"),
        ('<span class="byline">Our Correspondent - Kano</span>', "Kano"),
        ('<div class="meta">10 June 2025 | ACCRA</div>', "Accra"),
    ],
)
def test_the_place_a_byline_line_ends_on_is_the_dateline(byline: str, city: str) -> None:
    assert _dateline(byline) == city


def test_a_byline_without_a_place_gives_none() -> None:
    assert _dateline('<div class="byline">By Amina Yusuf | Business</div>') is None


def test_a_dateline_opening_the_story_still_wins() -> None:
    story = STORY.replace("<p>Nigeria", "<p>ACCRA, June 10 (GNA) - Nigeria", 1)
    assert _dateline('<div class="byline">By Amina Yusuf | Lagos</div>', story) == "Accra"
