"""A JSON object whose text is a whole web page a scraper saved, written for these tests.

Scrapers export a page as {"url": ..., "html": "<!DOCTYPE html><html><head>...</head><body>..."}.
The page had been read as a fragment of markup: its `<title>`, menu and footer had become the
story's text (the headline its first line, before the dateline), and the date in its head had
been lost. `json_format` now reads a text that opens on a doctype or an `<html>` element as a
page (`html_format.parse_html`): the story without the page's furniture, and the head's date,
headline and site for the fields the object lacks (the object's own fields first). A fragment
("<p>...</p>") and a plain text read as before.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "QUITO, June 11 - Ecuador and Colombia agreed on Wednesday to reopen the Rumichaca bridge to "
    "cargo at night, the foreign trade ministry said after the talks."
)
PAGE = (
    "<!DOCTYPE html><html><head><title>Ecuador, Colombia reopen bridge | Andes Wire</title>"
    "<meta property='article:published_time' content='2025-06-11T18:00:00-05:00'>"
    "<meta property='og:site_name' content='Andes Wire'></head><body>"
    "<nav><a href='/'>Home</a> <a href='/economy'>Economy</a> <a href='/world'>World</a></nav>"
    f"<article><h1>Ecuador, Colombia reopen bridge</h1><p>{STORY}</p></article>"
    "<footer>Andes Wire 2025. Contact us. Advertise with us.</footer></body></html>"
)


def _record(item: dict[str, Any]) -> Document:
    raw = RawFile("bridge.json", json.dumps(item).encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize("key", ["html", "raw_html", "content", "body"])
def test_the_page_is_read_as_a_page(key: str) -> None:
    record = _record({"url": "https://andes.example/bridge", key: PAGE})
    assert record.text == STORY
    assert (record.published_date, record.title, record.source) == (
        date(2025, 6, 11),
        "Ecuador, Colombia reopen bridge",
        "Andes Wire",
    )
    assert record.url == "https://andes.example/bridge"


def test_the_object_s_own_fields_win() -> None:
    record = _record({"title": "Bridge reopens", "date": "2025-06-12", "html": PAGE})
    assert (record.title, record.published_date, record.text) == ("Bridge reopens", date(2025, 6, 12), STORY)


@pytest.mark.parametrize(
    "body",
    [f"<p>{STORY}</p>", STORY, f"<div><p>{STORY}</p></div>"],
)
def test_a_fragment_or_a_text_reads_as_before(body: str) -> None:
    assert _record({"date": "2025-06-11", "text": body}).text == STORY
