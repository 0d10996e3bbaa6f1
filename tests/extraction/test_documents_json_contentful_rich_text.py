"""A JSON body in Contentful's rich-text format, written for these tests.

Contentful saves a body as a tree of nodes ({"nodeType": "document", "content": [{"nodeType":
"paragraph", "content": [{"nodeType": "text", "value": "..."}, {"nodeType": "hyperlink",
"content": [...]}]}]}), and its GraphQL API wraps it as {"json": {...}}. The wrapped body had been
rejected as having no text, and an unwrapped one had been cut into a paragraph at each bold or
linked run ("Chile and" / "Peru" / "signed ..."), its sentences broken. `json_format` now reads
the "json" wrapper and joins a paragraph's text and hyperlink nodes as one line, a document's
paragraphs as paragraphs. Slate's and Portable Text's bodies, and a list of paragraphs, read as
before.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

FIRST = "ARICA - Chile and Peru signed a port deal on Thursday, officials said."
SECOND = "The deal lets Bolivian cargo pass through Arica without a second inspection."


def _text(node: str, value: str) -> dict[str, Any]:
    return {"nodeType": node, "value": value, "marks": [], "data": {}}


DOCUMENT = {
    "nodeType": "document",
    "data": {},
    "content": [
        {
            "nodeType": "paragraph",
            "data": {},
            "content": [
                _text("text", "ARICA - Chile and "),
                _text("text", "Peru"),
                {
                    "nodeType": "hyperlink",
                    "data": {"uri": "https://x"},
                    "content": [_text("text", " signed")],
                },
                _text("text", " a port deal on Thursday, officials said."),
            ],
        },
        {"nodeType": "paragraph", "data": {}, "content": [_text("text", SECOND)]},
    ],
}


def _record(item: dict[str, Any]) -> Document:
    raw = RawFile("port.json", json.dumps({"title": "Port deal", "date": "2025-06-12", **item}).encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document), record
    return record


@pytest.mark.parametrize("item", [{"body": {"json": DOCUMENT}}, {"body": DOCUMENT}, {"content": DOCUMENT}])
def test_the_rich_text_is_read_in_paragraphs(item: dict[str, Any]) -> None:
    assert _record(item).text == f"{FIRST}\n\n{SECOND}"


SLATE = [
    {
        "type": "paragraph",
        "children": [
            {"text": "ARICA - Chile and "},
            {"text": "Peru", "bold": True},
            {"text": " signed a port deal on Thursday, officials said."},
        ],
    },
    {"type": "paragraph", "children": [{"text": SECOND}]},
]


@pytest.mark.parametrize("item", [{"body": [FIRST, SECOND]}, {"body": SLATE}])
def test_other_bodies_read_as_before(item: dict[str, Any]) -> None:
    assert _record(item).text == f"{FIRST}\n\n{SECOND}"
