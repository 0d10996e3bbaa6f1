"""The story's address given only in the page's JSON-LD, written for these tests.

Some pages carry no og:url and no canonical link, and name the story's address only in their
JSON-LD: its "url", or its "mainEntityOfPage" (an address, or an object with an "@id"). Such a
page had had no url. The JSON-LD address is now read after the meta tag and the canonical link,
which still win; a fragment "@id" ("#article") is no address.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>HARARE - Zimbabwe and Mozambique agreed on Thursday to double the fuel pumped through the "
    "Beira pipeline, the two energy ministries said.</p>"
)


def _url(fields: str, head: str = "") -> str | None:
    linked = f'{{"@type": "NewsArticle", "headline": "Pipeline deal", "datePublished": "2025-06-12"{fields}}}'
    page = (
        f"<html><head><title>Pipeline deal</title>{head}<script type='application/ld+json'>{linked}</script>"
        f"</head><body><article><h1>Pipeline deal</h1>{STORY}</article></body></html>"
    )
    (record,) = parse_raw_file(RawFile("pipe.html", page.encode()), max_bytes=100_000, today=date(2026, 1, 1))
    assert isinstance(record, Document)
    return record.url


@pytest.mark.parametrize(
    ("fields", "url"),
    [
        (', "url": "https://news.example.zw/pipeline"', "https://news.example.zw/pipeline"),
        (', "mainEntityOfPage": "https://news.example.zw/p2"', "https://news.example.zw/p2"),
        (
            ', "mainEntityOfPage": {"@type": "WebPage", "@id": "https://news.example.zw/p3"}',
            "https://news.example.zw/p3",
        ),
        (', "mainEntityOfPage": {"@id": "#article"}', None),
        ("", None),
    ],
)
def test_the_json_ld_address_is_the_url(fields: str, url: str | None) -> None:
    assert _url(fields) == url


def test_the_canonical_link_still_wins() -> None:
    head = "<link rel='canonical' href='https://news.example.zw/canonical'>"
    assert _url(', "url": "https://news.example.zw/other"', head) == "https://news.example.zw/canonical"
