"""A search index's or an API's list of stories under "hits", "docs", "news" or "records" is read,
written for these tests.

Scraped archives are often exported from a search index: Elasticsearch's {"hits": {"hits":
[{"_index": ..., "_source": {"title", "body", "date"}}]}}, Solr's and the New York Times API's
{"response": {"docs": [...]}} (whose story may be only its "lead_paragraph"); news APIs list
stories under "news" and archives under "records". Such files had been rejected as one object with
no article text. `_CONTAINER_KEYS` (json_format.py) now holds those keys, "leadparagraph" is a
summary's alias (read when an item has no body), and `_field` takes no envelope's field from the
article object itself (Elasticsearch's "_source", whose title had become the story's source). An
article with a list of related stories under "news", a count under "hits" and a list of names
under "docs" read as one article, as before.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile, Rejection

STORY = (
    "ACCRA, June 11 (GNA) - Ghana and Togo agreed on Wednesday to open a joint border post at Aflao, "
    "the trade ministers said."
)
OTHER = "LOME, June 10 - Togo's port handled a record 30 million tonnes of cargo in 2024, its director said."


def _records(value: Any) -> list[Document | Rejection]:
    raw = RawFile("export.json", json.dumps(value).encode())
    return parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))


def test_elasticsearch_hits_are_stories() -> None:
    hits = [
        {
            "_index": "news",
            "_id": "1",
            "_source": {"title": "Border post", "body": STORY, "date": "2025-06-11"},
        },
        {
            "_index": "news",
            "_id": "2",
            "_source": {"title": "Port record", "body": OTHER, "date": "2025-06-10"},
        },
    ]
    first, second = _records({"took": 3, "hits": {"total": {"value": 2}, "hits": hits}})
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.source_path == "export.json#1" and first.dateline == "Accra"
    assert first.title == "Border post" and first.source is None
    assert second.published_date == date(2025, 6, 10)


def test_solr_docs_with_a_lead_paragraph_are_stories() -> None:
    docs = [
        {"headline": {"main": "Border post"}, "pub_date": "2025-06-11T09:00:00+0000", "lead_paragraph": STORY}
    ]
    (record,) = _records({"status": "OK", "response": {"docs": docs}})
    assert isinstance(record, Document)
    assert record.dateline == "Accra" and record.published_date == date(2025, 6, 11)


def test_news_and_records_lists_are_stories() -> None:
    for key in ("news", "records"):
        (record,) = _records(
            {"count": 1, key: [{"title": "Border post", "text": STORY, "date": "2025-06-11"}]}
        )
        assert isinstance(record, Document) and record.source_path == "export.json#1"


def test_an_article_with_such_keys_stays_one_article() -> None:
    article = {
        "title": "Border post",
        "text": STORY,
        "date": "2025-06-11",
        "hits": 3,
        "docs": ["agreement.pdf"],
        "news": [{"title": "Port record", "text": OTHER}],
    }
    (record,) = _records(article)
    assert isinstance(record, Document) and record.source_path == "export.json"
    assert record.dateline == "Accra" and "30 million" not in record.text
