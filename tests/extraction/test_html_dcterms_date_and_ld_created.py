"""Publication dates of a page's head that had been passed over, written for these tests.

Drupal and government sites write `<meta name="dcterms.date" content="2025-06-10T09:12Z">`
(the Dublin Core term with a dot), and some CMSs stamp a JSON-LD article with its
`dateCreated` and no `datePublished`. Neither was read: the day came from the date the page
shows ("Tue, 06/10/2025 - 09:12", taken as October 6) or there was none. A `dateCreated` of
an object that is no article (a `WebPage`, an image) still dates nothing, and a
`datePublished` still wins over it.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>Ghana and Togo agreed on Tuesday to cut tariffs on processed cocoa traded between them, "
    "the two trade ministers said after talks in the capital.</p>"
    "<p>The cut takes effect in July, officials said, and covers cocoa butter and powder as well.</p>"
)


def _published(head: str, shown: str = "") -> date | None:
    page = (
        f"<html><head><title>Cocoa tariffs cut</title>{head}</head><body><article>"
        f"<h1>Cocoa tariffs cut</h1>{shown}{STORY}</article></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("cocoa.html", page.encode()), max_bytes=100_000, today=date(2025, 12, 31)
    )
    assert isinstance(record, Document)
    return record.published_date


def _linked(fields: str) -> str:
    return f'<script type="application/ld+json">{{"@context": "https://schema.org", {fields}}}</script>'


def test_a_dcterms_date_meta_dates_the_page() -> None:
    shown = '<div class="field--name-field-date">Tue, 06/10/2025 - 09:12</div>'
    assert _published('<meta name="dcterms.date" content="2025-06-10T09:12Z">', shown) == date(2025, 6, 10)


@pytest.mark.parametrize("kind", ["ReportageNewsArticle", "NewsArticle", "BlogPosting"])
def test_an_articles_date_created_dates_the_page(kind: str) -> None:
    head = _linked(
        f'"@type": "{kind}", "headline": "Cocoa tariffs cut", "dateCreated": "2025-06-10T09:12:00Z"'
    )
    assert _published(head) == date(2025, 6, 10)


def test_date_published_wins_over_date_created() -> None:
    head = _linked(
        '"@type": "NewsArticle", "headline": "Cocoa tariffs cut", "dateCreated": "2025-06-09", '
        '"datePublished": "2025-06-10"'
    )
    assert _published(head) == date(2025, 6, 10)


def test_a_web_pages_date_created_dates_nothing() -> None:
    head = _linked('"@type": "WebPage", "headline": "Cocoa tariffs cut", "dateCreated": "2019-03-01"')
    assert _published(head) is None
