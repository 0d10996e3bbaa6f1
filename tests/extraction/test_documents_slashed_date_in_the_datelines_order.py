"""The dateline's month and day tell the order of a slashed date's figures, written for these tests.

A CMS or an API stamps a story "06/12/2025 10:31 AM", month first, over a wire's "WASHINGTON,
June 12 (Reuters) -". Figures of two small numbers were read day first, so the story had been
dated December 6 (or had lost its date as one in the future). `_in_the_datelines_order`
(documents.py) now reads a slashed date of the container month first when the dateline's own
month and day are that reading. Day-first figures that agree with the dateline, a dateline that
fits neither reading, a story with no dateline, dotted figures and figures of one reading alone
are read as before.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

TODAY = date(2026, 1, 10)


def _published(name: str, data: bytes) -> date | None:
    (record,) = parse_raw_file(RawFile(name, data), max_bytes=100_000, today=TODAY)
    assert isinstance(record, Document)
    return record.published_date


def _json(published: str, body: str) -> date | None:
    item = {"title": "Rail pact", "published": published, "text": body}
    return _published("rail.json", json.dumps(item).encode())


@pytest.mark.parametrize(
    ("published", "body", "day"),
    [
        ("06/12/2025", "WASHINGTON, June 12 (Reuters) - The US and Kenya signed.", date(2025, 6, 12)),
        ("6/3/2025 10:31 AM", "NAIROBI, June 3 (KNA) - Kenya and Uganda signed.", date(2025, 6, 3)),
        ("06/12/2025", "NAIROBI, June 12, 2025 – Kenya and Uganda signed.", date(2025, 6, 12)),
        ("03/06/2025", "LUSAKA, 6 mars (AFP) - La Zambie et le Malawi.", date(2025, 3, 6)),
    ],
)
def test_the_dateline_tells_month_first(published: str, body: str, day: date) -> None:
    assert _json(published, body) == day


def test_a_text_header_is_read_so_too() -> None:
    text = "Date: 06/12/2025\n\nNAIROBI, June 12 (KNA) - Kenya and Uganda signed.\n"
    assert _published("rail.txt", text.encode()) == date(2025, 6, 12)


@pytest.mark.parametrize(
    ("published", "body", "day"),
    [
        # day first, as the dateline says, or no dateline's day to tell: as before
        ("12/06/2025", "WASHINGTON, June 12 (Reuters) - The US and Kenya signed.", date(2025, 6, 12)),
        ("06/12/2025", "WASHINGTON (Reuters) - The US and Kenya signed.", date(2025, 12, 6)),
        ("06/12/2025", "The United States and Kenya signed a trade pact on Thursday.", date(2025, 12, 6)),
        ("06/12/2025", "NAIROBI, June 14 (KNA) - Kenya and Uganda signed.", date(2025, 12, 6)),
        ("06.12.2025", "WASHINGTON, June 12 (Reuters) - The US and Kenya signed.", date(2025, 12, 6)),
        ("06/13/2025", "WASHINGTON, June 13 (Reuters) - The US and Kenya signed.", date(2025, 6, 13)),
        ("2025-06-12", "WASHINGTON, December 6 (Reuters) - The US and Kenya signed.", date(2025, 6, 12)),
    ],
)
def test_other_dates_read_as_before(published: str, body: str, day: date) -> None:
    assert _json(published, body) == day
