"""A release's issue stamp dates the story, written for these tests.

Ministries, central banks and firms stamp a release with the day it was issued: "Issued on:
12/06/2025 - 10:31", "Release Date: 12 June 2025", "Date of issue: 12 June 2025", "Released on
12 June 2025". Only "Published" and "Posted" labels had been read, and such a page or text with
no other date had had none. `PUBLISHED_LABEL` (dates.py, read by documents.py and html_format.py)
now takes the labels of an issue and a release. A year alone after such a word and a page's own
date read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "The central bank governor met a delegation of the regional development bank on Thursday."


def _record(name: str, data: str) -> Document:
    (record,) = parse_raw_file(RawFile(name, data.encode()), max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "stamp",
    [
        "Issued on: 12/06/2025 - 10:31",
        "Release Date: 12 June 2025",
        "Date of issue: 12 June 2025",
        "Released on 12 June 2025",
        "Date Issued: June 12, 2025",
    ],
)
def test_a_text_is_dated(stamp: str) -> None:
    assert _record("release.txt", f"Bank meets lenders\n\n{stamp}\n\n{STORY}\n").published_date == date(
        2025, 6, 12
    )


@pytest.mark.parametrize("stamp", ["Issued on: 12/06/2025 - 10:31", "Release Date: 12 June 2025"])
def test_a_page_is_dated(stamp: str) -> None:
    page = (
        "<html><head><title>Bank meets lenders</title></head><body><nav><a>Home</a></nav>"
        f"<article><h1>Bank meets lenders</h1><div class='meta'>{stamp}</div>"
        f"<p>{STORY}</p></article></body></html>"
    )
    assert _record("release.html", page).published_date == date(2025, 6, 12)


def test_a_year_alone_dates_nothing() -> None:
    assert (
        _record("release.txt", f"Bank meets lenders\n\nReleased in 2025\n\n{STORY}\n").published_date is None
    )


def test_the_page_date_wins() -> None:
    page = (
        "<html><head><title>Bank meets lenders</title>"
        '<meta property="article:published_time" content="2025-06-10T08:00:00Z"></head><body>'
        "<article><h1>Bank meets lenders</h1><div>Release Date: 12 June 2025</div>"
        f"<p>{STORY}</p></article></body></html>"
    )
    assert _record("release.html", page).published_date == date(2025, 6, 10)
