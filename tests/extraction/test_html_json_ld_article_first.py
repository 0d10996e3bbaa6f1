"""A page's JSON-LD graph that lists its WebPage before its article, written for these tests.

SEO plugins write one graph for the page: the `WebPage` (whose datePublished may be the
section page's, years before), the site, the breadcrumb, then the `NewsArticle`. The first
object with a date had been read, and the story took the page's date. The object typed as an
article now wins; a graph with no article keeps reading the first dated object.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>DAKAR, Senegal - Senegal and Mali agreed on Thursday to resume regular freight trains "
    "between their capitals, the two railway operators said.</p>"
    "<p>The line had been closed to most traffic for several years.</p>"
)


def _document(graph: list[dict[str, Any]]) -> Document:
    linked = json.dumps({"@context": "https://schema.org", "@graph": graph})
    page = (
        f"<html><head><title>Trains resume</title><script type='application/ld+json'>{linked}</script>"
        f"</head><body><article><h1>Trains resume</h1>{STORY}</article></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("rail.html", page.encode()), max_bytes=100_000, today=date(2025, 12, 31)
    )
    assert isinstance(record, Document)
    return record


def test_the_article_of_the_graph_dates_the_story() -> None:
    record = _document(
        [
            {"@type": "WebPage", "datePublished": "2019-03-01T08:00:00+00:00", "name": "Africa"},
            {"@type": "BreadcrumbList", "itemListElement": []},
            {"@type": ["NewsArticle"], "headline": "Senegal, Mali resume freight trains",
             "datePublished": "2025-06-12T09:00:00+00:00"},
        ]
    )  # fmt: skip
    assert record.published_date == date(2025, 6, 12)
    assert record.title == "Senegal, Mali resume freight trains"


def test_a_blog_posting_is_an_article_too() -> None:
    record = _document(
        [
            {"@type": "WebPage", "datePublished": "2019-03-01"},
            {"@type": "BlogPosting", "headline": "Trains resume", "datePublished": "2025-06-12"},
        ]
    )
    assert record.published_date == date(2025, 6, 12)


def test_a_graph_with_no_article_keeps_its_first_dated_object() -> None:
    record = _document([{"@type": "WebPage", "datePublished": "2025-06-11"}, {"@type": "Organization"}])
    assert record.published_date == date(2025, 6, 11)
