"""A feed item converted from XML whose guid or other element keeps its text under "#text",
written for these tests.

XML-to-JSON converters keep an element with attributes as {"@isPermaLink": "true", "#text":
"https://..."}. An RSS item whose story is its description has no body field of its own, so
the envelope search looked into its objects and took the guid's "#text" for an article's text:
the item's whole body had been the guid's address. Such an element is a value of the item, no
envelope; an article nested in a real envelope, and a body kept as an element's "#text", read as
before.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "MAPUTO - Mozambique and Eswatini agreed on Thursday to reopen the Goba railway to sugar freight."


def _body(item: dict[str, Any]) -> str:
    raw = RawFile("feed.json", json.dumps(item).encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000)
    assert isinstance(record, Document)
    return record.text


@pytest.mark.parametrize(
    "item",
    [
        {
            "title": "Goba line to reopen",
            "pubDate": "Thu, 12 Jun 2025 08:00:00 GMT",
            "description": STORY,
            "guid": {"@isPermaLink": "true", "#text": "https://news.example.mz/goba"},
        },
        {
            "title": "Goba line to reopen",
            "pubDate": "Thu, 12 Jun 2025 08:00:00 GMT",
            "summary": STORY,
            "category": {"@domain": "https://news.example.mz/tags", "#text": "Railways and ports"},
        },
        {
            "title": "Goba line to reopen",
            "published": "2025-06-12",
            "content": {"@type": "text", "#text": STORY},
        },
        {"data": {"article": {"title": "Goba line to reopen", "date": "2025-06-12", "body": STORY}}},
    ],
)
def test_the_story_is_the_body(item: dict[str, Any]) -> None:
    assert _body(item) == STORY
