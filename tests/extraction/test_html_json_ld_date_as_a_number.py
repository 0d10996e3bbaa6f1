"""A JSON-LD `datePublished` written as a number, written for these tests.

Some CMSs write the story's Unix time as a JSON number in the page's JSON-LD
(`"datePublished": 1749722400`, or in milliseconds). Only a string was read, so such a page had
no date. The number is read as the Unix time it is; a string and the page's other sources read
as before, and a boolean is no date.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>HARARE - Zimbabwe and Mozambique agreed on Thursday to double the fuel pumped through the "
    "Beira pipeline, the two energy ministries said.</p>"
    "<p>Shippers had asked for more capacity ahead of the tobacco season.</p>"
)


def _published(value: str) -> date | None:
    linked = f'{{"@type": "NewsArticle", "headline": "Pipeline deal", "datePublished": {value}}}'
    page = (
        f"<html><head><title>Pipeline deal</title><script type='application/ld+json'>{linked}</script>"
        f"</head><body><article><h1>Pipeline deal</h1>{STORY}</article></body></html>"
    )
    (record,) = parse_raw_file(RawFile("pipe.html", page.encode()), max_bytes=100_000, today=date(2026, 1, 1))
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("1749722400", date(2025, 6, 12)),
        ("1749600000000", date(2025, 6, 11)),
        ("1749722400.5", date(2025, 6, 12)),
        ('"2025-06-12T10:00:00Z"', date(2025, 6, 12)),  # a string, as before
    ],
)
def test_a_number_is_read_as_a_unix_time(value: str, day: date) -> None:
    assert _published(value) == day


@pytest.mark.parametrize("value", ["true", "12", "null"])
def test_no_date_from_other_values(value: str) -> None:
    assert _published(value) is None


def test_a_small_number_leaves_the_pages_other_dates() -> None:
    linked = '{"@type": "NewsArticle", "headline": "Pipeline deal", "datePublished": 12}'
    page = (
        f"<html><head><title>Pipeline deal</title><script type='application/ld+json'>{linked}</script>"
        "<meta name='date' content='2025-06-10'></head><body><article><h1>Pipeline deal</h1>"
        f"{STORY}</article></body></html>"
    )
    (record,) = parse_raw_file(RawFile("pipe.html", page.encode()), max_bytes=100_000, today=date(2026, 1, 1))
    assert isinstance(record, Document) and record.published_date == date(2025, 6, 10)
