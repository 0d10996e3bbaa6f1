"""A page's date under a meta key of another CMS, or in microdata text, written for these tests.

CMSs name their date tags in their own ways: "nv:date", "bt:pubDate", "displaydate",
"taboola-date", "article_date_original", "weibo:article:create_at". None of them says
"published" or "created", and such a page had had no date. `html_format` now reads, after the
keys it knew and JSON-LD's dateCreated and before the body's `<time>` elements, any meta key
that names a day when its content reads as a date; a change's key ("og:updated_time"), an
event's, an expiry's or a crawl's stay unread. A `<span itemprop="datePublished">` that gives
its date as text (no `content`) and a `<time>` with text and no `datetime` are now read as a date
element classed so is ("itemprop='dateModified'" as a change, after the others).
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>VIENTIANE - Laos and Vietnam opened a new international border gate in Savannakhet province "
    "on Tuesday, officials said at the ceremony.</p>"
)


def _published(head: str, before: str = "") -> date | None:
    page = (
        f"<html><head>{head}<title>Border gate opens</title></head>"
        f"<body>{before}<article>{STORY}</article></body></html>"
    )
    (record,) = parse_raw_file(RawFile("gate.html", page.encode()), max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="nv:date" content="2025-06-10">',
        '<meta name="bt:pubDate" content="2025-06-10T08:00:00Z">',
        '<meta name="displaydate" content="June 10, 2025">',
        '<meta name="taboola-date" content="2025-06-10 08:00:00">',
        '<meta name="article_date_original" content="Tuesday, June 10, 2025 8:00 AM">',
        '<meta name="weibo:article:create_at" content="2025-06-10 08:00:00">',
        '<meta name="pdate" content="20250610">',
    ],
)
def test_a_meta_key_naming_a_day_dates_the_page(head: str) -> None:
    assert _published(head) == date(2025, 6, 10)


@pytest.mark.parametrize(
    "before",
    [
        '<span itemprop="datePublished">June 10, 2025</span>',
        "<time>10 June 2025</time>",
        '<span itemprop="dateModified">June 14, 2025</span>'
        '<span itemprop="datePublished">June 10, 2025</span>',
    ],
)
def test_a_date_given_as_text_in_microdata_or_a_time_element_dates_the_page(before: str) -> None:
    assert _published("", before) == date(2025, 6, 10)


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:updated_time" content="2025-06-14T08:00:00Z">',
        '<meta name="event:start_date" content="2025-06-20">',
        '<meta name="expiration_date" content="2025-12-31">',
        '<meta name="crawl-date" content="2025-06-30">',
        '<meta name="dateline" content="VIENTIANE">',
    ],
)
def test_a_key_of_no_story_s_day_dates_nothing(head: str) -> None:
    assert _published(head) is None


def test_the_keys_known_before_still_win() -> None:
    head = (
        '<meta name="nv:date" content="2025-06-14">'
        '<meta property="article:published_time" content="2025-06-10">'
    )
    assert _published(head) == date(2025, 6, 10)
    linked = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-06-10"}</script>'
    )
    assert _published(f'<meta name="displaydate" content="2025-06-14">{linked}') == date(2025, 6, 10)
