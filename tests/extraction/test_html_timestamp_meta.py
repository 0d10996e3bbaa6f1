"""A page dated by a meta tag named for its stamp, written for these tests.

Some sites stamp a story with `<meta name="timestamp" content="1749722400">` or
`<meta property="article:timestamp" content="2025-06-12T09:00:00Z">`, and no other date: such
pages had none. A key saying "timestamp" is read as the story's day when its content reads as a
date (a Unix time, or a date); a value that is no date, and a modification's stamp, date
nothing, and the page's common date keys still win.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>WINDHOEK - Namibia and Angola agreed on Thursday to build a second bridge over the Kunene "
    "river, the two works ministries said.</p>"
    "<p>Truckers had waited up to three days at the Oshikango crossing in the peak season.</p>"
)


def _published(head: str) -> date | None:
    page = (
        f"<html><head><title>Second Kunene bridge</title>{head}</head><body><article>"
        f"<h1>Second Kunene bridge</h1>{STORY}</article></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("kunene.html", page.encode()), max_bytes=100_000, today=date(2026, 1, 1)
    )
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "head",
    [
        "<meta name='timestamp' content='1749722400'>",
        "<meta property='article:timestamp' content='2025-06-12T09:00:00Z'>",
        "<meta name='story-timestamp' content='1749722400000'>",
    ],
)
def test_a_timestamp_meta_dates_the_page(head: str) -> None:
    assert _published(head) == date(2025, 6, 12)


@pytest.mark.parametrize(
    "head",
    [
        "<meta name='timestamp' content='now'>",
        "<meta name='modified-timestamp' content='2025-06-14'>",
    ],
)
def test_no_date_from_other_stamps(head: str) -> None:
    assert _published(head) is None


def test_the_common_keys_win() -> None:
    head = "<meta name='timestamp' content='1749722400'><meta name='date' content='2025-06-10'>"
    assert _published(head) == date(2025, 6, 10)
