"""A JSON body saved as rich-text nodes with children, written for these tests.

Slate saves a paragraph as {"type": "paragraph", "children": [{"text": ...}, {"text": ...,
"bold": true}]} and Sanity's Portable Text as {"_type": "block", "children": [{"_type": "span",
"text": ...}]}. Such a body had been rejected as having no text. The runs of a paragraph are
now joined as written (a link's words in their place), paragraphs kept apart, and an image
block stays out.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile


def _record(body: Any) -> Document:
    payload = {"title": "Cashew schedule", "published": "2025-06-12", "body": body}
    raw = RawFile("cashew.json", json.dumps(payload).encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document), record
    return record


def test_slate_paragraphs_are_the_body() -> None:
    body = [
        {
            "type": "paragraph",
            "children": [
                {"text": "NACALA - Cashew buyers "},
                {"text": "agreed", "bold": True},
                {"text": " a loading schedule on Thursday."},
            ],
        },
        {"type": "image", "url": "quay.jpg", "children": [{"text": ""}]},
        {"type": "paragraph", "children": [{"text": "A second shift starts next month."}]},
    ]
    record = _record(body)
    first = "NACALA - Cashew buyers agreed a loading schedule on Thursday."
    assert record.text == f"{first}\n\nA second shift starts next month."
    assert record.dateline == "Nacala"


def test_a_link_inside_a_paragraph_keeps_its_words_in_place() -> None:
    body = [
        {
            "type": "paragraph",
            "children": [
                {"text": "NACALA - The "},
                {"type": "link", "url": "/port", "children": [{"text": "port authority"}]},
                {"text": " set the schedule."},
            ],
        }
    ]
    assert _record(body).text == "NACALA - The port authority set the schedule."


def test_portable_text_blocks_are_the_body() -> None:
    body = [
        {
            "_type": "block",
            "style": "normal",
            "children": [{"_type": "span", "text": "NACALA - Buyers met."}],
        },
        {"_type": "image", "asset": {"_ref": "image-quay"}},
        {"_type": "block", "children": [{"_type": "span", "text": "Loading starts soon."}]},
    ]
    assert _record(body).text == "NACALA - Buyers met.\n\nLoading starts soon."


def test_a_plain_string_body_is_read_as_before() -> None:
    assert _record("NACALA - Buyers met on Thursday.").text == "NACALA - Buyers met on Thursday."
