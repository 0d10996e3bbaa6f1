"""Feeds and API batches whose list of stories sits inside an envelope, written for these tests.

A feed converted to JSON keeps RSS's or Atom's nesting ({"rss": {"channel": {"item": [...]}}},
{"feed": {"entry": [...]}}), and APIs wrap their batch ({"data": {"articles": [...]}},
{"response": {"results": [...]}}). Only a list at the top level had been read as a batch: such
files were rejected as one object with no article text, and every story was lost. Each item now
becomes a record of its own (`file.json#N`), a feed of one item holds it as an object and gives
one record, and an envelope around one article (with a list of related stories beside it)
stays one article.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile, Rejection


def _item(number: int) -> dict[str, Any]:
    return {
        "title": f"Lesotho wool shipments, part {number}",
        "pubDate": "Tue, 10 Jun 2025 08:30:00 +0200",
        "link": f"https://wool.example/story-{number}",
        "description": f"MASERU - Lesotho shipped wool lot {number} to South Africa on Monday, traders said.",
    }


def _records(value: Any) -> list[Document | Rejection]:
    return parse_raw_file(RawFile("feed.json", json.dumps(value).encode()), max_bytes=100_000)


@pytest.mark.parametrize(
    "wrapped",
    [
        lambda items: {"rss": {"version": "2.0", "channel": {"title": "Wool News", "item": items}}},
        lambda items: {"feed": {"title": "Wool News", "entry": items}},
        lambda items: {"data": {"articles": items, "total": 2}},
        lambda items: {"response": {"status": "ok", "results": items}},
        lambda items: {"channel": {"item": items}},
    ],
)
def test_each_item_of_a_nested_feed_is_a_story(wrapped: Any) -> None:
    records = _records(wrapped([_item(1), _item(2)]))
    assert [r.source_path for r in records] == ["feed.json#1", "feed.json#2"]
    assert all(isinstance(r, Document) and r.dateline == "Maseru" for r in records)
    assert [r.title for r in records if isinstance(r, Document)] == [
        "Lesotho wool shipments, part 1",
        "Lesotho wool shipments, part 2",
    ]


@pytest.mark.parametrize("key", ["item", "entry"])
def test_a_feed_of_one_item_as_an_object(key: str) -> None:
    (record,) = _records({"feed": {"title": "Wool News", key: _item(7)}})
    assert isinstance(record, Document)
    assert record.title == "Lesotho wool shipments, part 7"
    assert record.published_date is not None and record.published_date.isoformat() == "2025-06-10"


def test_an_empty_nested_list_says_so() -> None:
    (record,) = _records({"data": {"articles": []}})
    assert isinstance(record, Rejection)
    assert record.reason == "no_body" and record.detail == "an empty list of articles"


def test_an_enveloped_article_with_related_stories_stays_one() -> None:
    article = {"title": "Wool levy cut", "body": "MASERU - Lesotho cut its wool export levy on Monday."}
    (record,) = _records({"data": {"article": article, "related": {"items": [_item(1), _item(2)]}}})
    assert isinstance(record, Document)
    assert record.source_path == "feed.json" and record.title == "Wool levy cut"


def test_an_envelope_without_stories_is_still_rejected() -> None:
    (record,) = _records({"meta": {"request": "x"}, "data": {"tags": ["wool", "trade"]}})
    assert isinstance(record, Rejection) and record.reason == "no_body"
