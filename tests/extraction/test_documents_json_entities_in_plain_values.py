"""HTML entities in a JSON title, source or plain body, written for these tests.

A CMS stores a headline as "Kenya &amp; Uganda sign grain pact" and a body without markup as
"Kenya&#8217;s exports"; with no tag in the value they had been kept as written, so the
headline and the text held "&amp;" between two countries. Only a whole entity with its
semicolon is read: "AT&T" or "R&D" stay as they are, and so does an escaped sign of markup
("&lt; 10%"), which the escaped-markup rule reads only before a tag.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "Kenya and Uganda signed a grain pact on Monday in Kampala, the two trade ministries said."


def _document(fields: dict[str, Any]) -> Document:
    item = {"title": "Grain pact", "published": "2025-06-09", "text": STORY, **fields}
    (record,) = parse_raw_file(RawFile("pact.json", json.dumps(item).encode()), max_bytes=100_000)
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    ("stored", "read"),
    [
        ("Kenya &amp; Uganda sign grain pact", "Kenya & Uganda sign grain pact"),
        ("Kenya&#8217;s grain pact with Uganda", "Kenya’s grain pact with Uganda"),
        ("&quot;Grain first&quot;, say ministers", '"Grain first", say ministers'),
        ("Kenya&#x2019;s pact", "Kenya’s pact"),
        # no whole entity: as before
        ("AT&T and R&D units join grain pact", "AT&T and R&D units join grain pact"),
    ],
)
def test_the_title_reads_its_entities(stored: str, read: str) -> None:
    assert _document({"title": stored}).title == read


def test_the_source_reads_its_entities() -> None:
    assert _document({"source": "Mail &amp; Guardian"}).source == "Mail & Guardian"


def test_a_plain_body_reads_its_entities() -> None:
    body = "Kenya &amp; Uganda signed a grain pact on Monday &#8212; Kenya&#8217;s first this year."
    assert (
        _document({"text": body}).text
        == "Kenya & Uganda signed a grain pact on Monday — Kenya’s first this year."
    )


def test_an_escaped_sign_of_markup_stays() -> None:
    body = "Kenya &amp; Uganda agreed a tariff &lt; 10% on sugar on Monday, the ministries said."
    assert (
        _document({"text": body}).text
        == "Kenya & Uganda agreed a tariff &lt; 10% on sugar on Monday, the ministries said."
    )
