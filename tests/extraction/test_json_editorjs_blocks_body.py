"""A JSON article whose body is an Editor.js document of blocks, written for these tests.

Editor.js saves a story as {"time": ..., "blocks": [{"type": "paragraph", "data": {"text":
...}}], "version": ...}, at the top of the file or under "content"/"body". Such a file had been
rejected as having no body. Its paragraph, header and list blocks are now the body; an image's
caption and a quote block stay out of it, and a plain "text" field is read as before.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

BLOCKS: list[dict[str, Any]] = [
    {
        "id": "h1",
        "type": "header",
        "data": {"text": "Lilongwe and Harare open a rail freight link", "level": 2},
    },
    {
        "id": "p1",
        "type": "paragraph",
        "data": {"text": "LILONGWE - Malawi and Zimbabwe opened a weekly freight train on Tuesday."},
    },
    {
        "id": "i1",
        "type": "image",
        "data": {"file": {"url": "train.jpg"}, "caption": "The first wagons leave the depot"},
    },
    {
        "id": "l1",
        "type": "list",
        "data": {"style": "unordered", "items": ["Cement goes north.", "Sugar goes south."]},
    },
    {"id": "q1", "type": "quote", "data": {"text": "A long wait is over", "caption": "A shipper"}},
]


def _record(payload: dict[str, Any]) -> Document:
    raw = RawFile("rail.json", json.dumps(payload).encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document), record
    return record


def test_top_level_blocks_are_the_body() -> None:
    record = _record({"title": "Rail link", "published": "2025-06-10", "blocks": BLOCKS})
    assert "LILONGWE - Malawi and Zimbabwe opened" in record.text
    assert record.dateline == "Lilongwe"
    assert record.published_date == date(2025, 6, 10)


def test_an_editor_document_under_content_is_the_body() -> None:
    document = {"time": 1749513600000, "blocks": BLOCKS, "version": "2.29.1"}
    record = _record({"title": "Rail link", "published": "2025-06-10", "content": document})
    assert record.text.startswith("Lilongwe and Harare open a rail freight link")
    assert "Cement goes north.\n\nSugar goes south." in record.text


def test_captions_and_quotes_stay_out_of_the_body() -> None:
    record = _record({"title": "Rail link", "published": "2025-06-10", "blocks": BLOCKS})
    assert "first wagons" not in record.text
    assert "long wait" not in record.text


def test_a_plain_text_field_is_read_as_before() -> None:
    text = "LILONGWE - Malawi and Zimbabwe opened a weekly freight train on Tuesday."
    record = _record({"title": "Rail link", "published": "2025-06-10", "text": text, "blocks": []})
    assert record.text == text
