"""The story's address given as an Atom link object in a feed converted to JSON, written for
these tests.

A feed turned into JSON by an XML converter keeps Atom's links as objects: {"link": {"@href":
"https://..."}}, or a list of them told apart by "@rel" (feedparser's "links" names them "rel"
and "href"). Such a value had given no url. The "alternate" link, or one with no "rel", is the
story's page; a "self", "edit" or "enclosure" link gives none, and a url field of plain text
reads as before.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "LILONGWE, June 12 (MANA) - Malawi and Tanzania agreed to dredge the lake port at Mbamba Bay."


def _url(fields: dict[str, Any]) -> str | None:
    item = {"title": "Lake port to be dredged", "published": "2025-06-12T08:00:00Z", "content": STORY}
    raw = RawFile("port.json", json.dumps({**item, **fields}).encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000)
    assert isinstance(record, Document)
    return record.url


@pytest.mark.parametrize(
    ("fields", "url"),
    [
        ({"link": {"@href": "https://news.example.mw/port"}}, "https://news.example.mw/port"),
        (
            {"link": {"href": "https://news.example.mw/port", "rel": "alternate"}},
            "https://news.example.mw/port",
        ),
        (
            {
                "link": [
                    {"@rel": "self", "@href": "https://api.example.mw/entries/7"},
                    {"@rel": "alternate", "@type": "text/html", "@href": "https://news.example.mw/port"},
                ]
            },
            "https://news.example.mw/port",
        ),
        (
            {
                "links": [
                    {"rel": "enclosure", "href": "https://img.example.mw/a.jpg"},
                    {"href": "https://news.example.mw/p"},
                ]
            },
            "https://news.example.mw/p",
        ),
    ],
)
def test_the_alternate_link_is_the_url(fields: dict[str, Any], url: str) -> None:
    assert _url(fields) == url


@pytest.mark.parametrize(
    ("fields", "url"),
    [
        ({"link": [{"@rel": "self", "@href": "https://api.example.mw/entries/7"}]}, None),
        ({"links": [{"rel": "enclosure", "href": "https://img.example.mw/a.jpg"}]}, None),
        ({"link": "https://news.example.mw/plain"}, "https://news.example.mw/plain"),
        (
            {"url": "https://news.example.mw/u", "links": [{"href": "https://other.example.mw"}]},
            "https://news.example.mw/u",
        ),
    ],
)
def test_feed_links_and_plain_urls(fields: dict[str, Any], url: str | None) -> None:
    assert _url(fields) == url
