"""The story a Next.js page ships in its `__NEXT_DATA__` script, written for these tests.

A page that renders its story by script holds its text and date only in the app data
({"props": {"pageProps": {"article": {"title", "publishedAt", "body"}}}}): such a page had
been rejected as no_body, and one whose markup holds the text had no date. Only the object
whose title is the page's headline is the story: a list of other stories in the same data
gives neither text nor date, and the page's own meta date still wins.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile, Rejection

HEADLINE = "Chile and Peru widen port deal"
STORY = (
    "SANTIAGO, June 10 (Reuters) - Chile and Peru agreed on Tuesday to widen a deal on shared port "
    "services at Arica, the two foreign ministries said after talks."
)
MARKUP_STORY = (
    "<p>Chile and Peru agreed on Tuesday to widen a deal on shared port services at Arica, the two "
    "foreign ministries said after talks in Santiago.</p>"
)


def _record(data: dict[str, Any], story: str = "<p>Loading...</p>", head: str = "") -> Document | Rejection:
    page = (
        f"<html><head><title>{HEADLINE}</title>{head}</head><body><div id='__next'><main><h1>{HEADLINE}</h1>"
        f"{story}</main></div><script id='__NEXT_DATA__' type='application/json'>{json.dumps(data)}</script>"
        "</body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("port.html", page.encode()), max_bytes=100_000, today=date(2025, 12, 31)
    )
    return record


def _data(article: dict[str, Any]) -> dict[str, Any]:
    related = [{"title": "Bolivia eyes Pacific access", "publishedAt": "2019-01-02", "body": STORY}]
    return {"props": {"pageProps": {"related": related, "article": article}}}


def test_a_story_rendered_by_script_is_read_from_the_app_data() -> None:
    record = _record(_data({"title": HEADLINE, "publishedAt": "2025-06-10T09:12:00Z", "body": STORY}))
    assert isinstance(record, Document)
    assert (record.text, record.published_date, record.dateline) == (STORY, date(2025, 6, 10), "Santiago")


def test_the_app_datas_date_dates_a_page_with_markup_text() -> None:
    record = _record(_data({"title": HEADLINE, "publishedAt": "2025-06-10T09:12:00Z"}), MARKUP_STORY)
    assert isinstance(record, Document) and record.published_date == date(2025, 6, 10)


def test_the_pages_meta_date_wins() -> None:
    head = '<meta property="article:published_time" content="2025-06-11">'
    record = _record(_data({"title": HEADLINE, "publishedAt": "2025-06-10"}), MARKUP_STORY, head)
    assert isinstance(record, Document) and record.published_date == date(2025, 6, 11)


def test_other_stories_in_the_app_data_give_nothing() -> None:
    record = _record(_data({"title": "Another headline", "publishedAt": "2025-06-10", "body": STORY}))
    assert isinstance(record, Rejection) and record.reason == "no_body"
    record = _record(_data({"slug": "port-deal"}), MARKUP_STORY)
    assert isinstance(record, Document) and record.published_date is None
