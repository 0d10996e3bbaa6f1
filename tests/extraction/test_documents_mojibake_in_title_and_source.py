"""Mojibake in a story's title and outlet name, written for these tests.

A scraper that read UTF-8 as Windows-1252 garbles the headline and the outlet's name as it
garbles the text ("Kenyaâ€™s exports", "CafÃ© Press"); the body had been decoded back, the
title and the source kept as written. Text with no mojibake ("Côte d’Ivoire » news") stays.
"""

from __future__ import annotations

import json

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

HEADLINE = "Kenya’s tea exports to Egypt rise – ministry"
GARBLED = HEADLINE.encode("utf-8").decode("cp1252")
BODY = "NAIROBI - Kenya and Egypt agreed on Thursday to cut duties on black tea, the ministry said."


def _document(name: str, data: str) -> Document:
    (record,) = parse_raw_file(RawFile(name, data.encode("utf-8")), max_bytes=100_000)
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("tea.json", json.dumps({"title": GARBLED, "published": "2025-06-12", "text": BODY})),
        ("tea.txt", f"title: {GARBLED}\ndate: 2025-06-12\n\n{BODY}"),
        (
            "tea.html",
            f"<html><head><title>{GARBLED}</title></head><body><article><h1>{GARBLED}</h1><p>{BODY}</p></article></body></html>",
        ),
    ],
)
def test_the_title_is_decoded_back(name: str, data: str) -> None:
    assert _document(name, data).title == HEADLINE


def test_the_source_is_decoded_back() -> None:
    source = "Café Press".encode().decode("cp1252")
    data = json.dumps({"title": "Tea duties cut", "source": source, "published": "2025-06-12", "text": BODY})
    assert _document("tea.json", data).source == "Café Press"


def test_a_clean_title_stays() -> None:
    data = json.dumps({"title": "Côte d’Ivoire » news", "published": "2025-06-12", "text": BODY})
    assert _document("tea.json", data).title == "Côte d’Ivoire » news"
