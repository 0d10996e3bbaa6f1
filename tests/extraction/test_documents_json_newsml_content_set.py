"""A NewsML-G2 item converted to JSON is read, written for these tests.

A news agency's NewsML-G2 item keeps its text in a content set of renditions ({"contentSet":
{"inlineXML": [{"contenttype": "application/xhtml+xml", "value": "<html>..."}]}}, "inlineData"
for plain text, the BadgerFish "$" for an element's text), its date in "itemMeta" and its
headline in "contentMeta". Such a file had been rejected as having no body. `_as_text`
(json_format.py) reads the first rendition that has text (`_RENDITION_KEYS`, `_first_rendition`;
the renditions tell one story, which is read once), and `_METADATA_KEYS` takes "itemMeta" and
"contentMeta". An object with no text in its content set is still rejected, with its keys.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile, Rejection

SENTENCE = (
    "ACCRA, June 11 (GNA) - Ghana and Togo agreed on Wednesday to open a joint border post at Aflao, "
    "the trade ministers said."
)


def _records(item: dict[str, Any]) -> list[Document | Rejection]:
    raw = RawFile("item.json", json.dumps(item).encode())
    return parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))


def _record(item: dict[str, Any]) -> Document:
    (record,) = _records(item)
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "content_set",
    [
        {
            "inlineXML": [
                {
                    "contenttype": "application/xhtml+xml",
                    "value": f"<html><body><p>{SENTENCE}</p></body></html>",
                }
            ]
        },
        {
            "inlineXML": {
                "contenttype": "application/nitf+xml",
                "$": f"<nitf><body.content><p>{SENTENCE}</p></body.content></nitf>",
            }
        },
        {"inlineData": {"contenttype": "text/plain", "value": SENTENCE}},
    ],
)
def test_the_content_set_is_the_body(content_set: dict[str, Any]) -> None:
    record = _record(
        {
            "headline": "Ghana and Togo agree border post",
            "firstcreated": "2025-06-11T10:31:00Z",
            "contentSet": content_set,
        }
    )
    assert record.text.startswith("ACCRA, June 11 (GNA)")
    assert record.dateline == "Accra"
    assert record.published_date == date(2025, 6, 11)


def test_several_renditions_are_read_once() -> None:
    renditions = [
        {"contenttype": "application/xhtml+xml", "value": f"<p>{SENTENCE}</p>"},
        {"contenttype": "text/plain", "value": SENTENCE},
    ]
    record = _record({"headline": "Border post", "contentSet": {"inlineXML": renditions}})
    assert record.text.count("Aflao") == 1


def test_the_item_and_content_metadata_are_read() -> None:
    item = {
        "itemMeta": {"versionCreated": "2025-06-11T10:31:00Z"},
        "contentMeta": {"headline": "Ghana and Togo agree border post"},
        "contentSet": {"inlineXML": {"$": f"<p>{SENTENCE}</p>"}},
    }
    record = _record(item)
    assert record.published_date == date(2025, 6, 11)
    assert record.title == "Ghana and Togo agree border post"


def test_an_empty_content_set_is_still_rejected() -> None:
    (record,) = _records(
        {"headline": "Border post", "contentSet": {"inlineXML": [{"contenttype": "text/plain"}]}}
    )
    assert isinstance(record, Rejection) and record.reason == "no_body"
    assert "contentSet" in record.detail
