"""A page whose JSON-LD article states its dateline, written for these tests.

schema.org's `NewsArticle` has a `dateline` ("LUSAKA", "Kigali, Rwanda"), which some CMSs set
only there, the story's text opening on no place. It had been ignored, and such a story had had
no dateline. It is now the story's place of filing, read as a header's `Dateline:` line is: for
a text that opens on no dateline (the text's own wins), a country alone placing nothing.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>Rwanda and Burundi agreed on Thursday to reopen the Akanyaru border crossing to cargo "
    "trucks, the two trade ministries said in a joint statement.</p>"
    "<p>The crossing had been closed to most traffic for several years.</p>"
)


def _document(article: dict[str, Any], story: str = STORY) -> Document:
    linked = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", **article})
    page = (
        f"<html><head><title>Border reopens</title><script type='application/ld+json'>{linked}</script>"
        f"</head><body><article><h1>Border reopens</h1>{story}</article></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("border.html", page.encode()), max_bytes=100_000, today=date(2025, 12, 31)
    )
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    ("dateline", "city"),
    [("KIGALI", "Kigali"), ("Kigali, Rwanda", "Kigali"), ("BUJUMBURA, June 12 (Reuters)", "Bujumbura")],
)
def test_the_linked_dateline_places_the_story(dateline: str, city: str) -> None:
    record = _document({"headline": "Border reopens", "datePublished": "2025-06-12", "dateline": dateline})
    assert record.dateline == city


def test_the_texts_own_dateline_wins() -> None:
    story = STORY.replace("<p>Rwanda", "<p>BUJUMBURA - Rwanda", 1)
    record = _document({"headline": "Border reopens", "dateline": "KIGALI"}, story)
    assert record.dateline == "Bujumbura"


@pytest.mark.parametrize("dateline", ["Rwanda", "", {"@type": "Place", "name": "Kigali"}])
def test_no_place_is_read(dateline: Any) -> None:
    record = _document({"headline": "Border reopens", "dateline": dateline})
    assert record.dateline is None
