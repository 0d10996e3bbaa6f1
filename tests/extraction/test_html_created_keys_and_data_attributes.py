"""Publication dates in meta tags named for the story's making and in `data-` attributes,
written for these tests.

Some sites name the meta tag of a story's day in their own words, "created", "article.created"
or "original-publish-date" (only keys saying "published" or "publication" were read), and
pages whose scripts show the date keep it in an attribute of the article's element
(`<article data-published="2025-06-12T10:00:00Z">`, `<div data-date="...">`). Such pages had
no date. A key or attribute of a change ("data-updated", "modified-date"), one naming an event,
and one whose value is no date ("created-by") date nothing, and a page's earlier sources win.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>MAPUTO - Mozambique and Eswatini agreed on Wednesday to extend the opening hours of the "
    "Goba border post, the two trade ministries said in a joint note.</p>"
    "<p>Sugar and timber shippers had asked for longer hours to clear trucks before nightfall.</p>"
)


def _published(head: str = "", article_attributes: str = "", extra: str = "") -> date | None:
    page = (
        f"<html><head><title>Goba border post to stay open longer</title>{head}</head><body>"
        f"<article {article_attributes}><h1>Goba border post to stay open longer</h1>{extra}{STORY}"
        "</article></body></html>"
    )
    (record,) = parse_raw_file(RawFile("goba.html", page.encode()), max_bytes=100_000, today=date(2026, 1, 1))
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "head",
    [
        "<meta name='created' content='2025-06-12'>",
        "<meta name='article.created' content='2025-06-12T08:30:00Z'>",
        "<meta name='original-publish-date' content='2025-06-12'>",
        "<meta property='story:creation_date' content='12 June 2025'>",
    ],
)
def test_a_meta_tag_of_the_storys_making_dates_it(head: str) -> None:
    assert _published(head=head) == date(2025, 6, 12)


@pytest.mark.parametrize(
    "attributes",
    [
        "data-published='2025-06-12T10:00:00+02:00'",
        "data-date='2025-06-12'",
        "data-publish-date='June 12, 2025'",
        "data-article-date='2025-06-12'",
    ],
)
def test_a_data_attribute_of_the_storys_day_dates_it(attributes: str) -> None:
    assert _published(article_attributes=attributes) == date(2025, 6, 12)


@pytest.mark.parametrize(
    ("head", "attributes"),
    [
        ("<meta name='created-by' content='Desk editor'>", ""),
        ("<meta name='modified-date' content='2025-06-14'>", ""),
        ("", "data-updated='2025-06-14'"),
        ("", "data-event-date='2025-07-01'"),
        ("", "data-date='tomorrow'"),
    ],
)
def test_a_change_an_event_or_no_date_dates_nothing(head: str, attributes: str) -> None:
    assert _published(head=head, article_attributes=attributes) is None


def test_an_earlier_source_wins() -> None:
    head = "<meta property='article:published_time' content='2025-06-10'>"
    assert _published(head=head, article_attributes="data-date='2025-06-12'") == date(2025, 6, 10)
    time = "<time datetime='2025-06-11'>11 June</time>"
    assert _published(article_attributes="data-date='2025-06-12'", extra=time) == date(2025, 6, 11)
