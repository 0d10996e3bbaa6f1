"""An outlet's own name heading the story is no dateline, written for these tests.

Agencies head their copy with their own name and a dash: "AKIpress - Kyrgyzstan and Uzbekistan
...", "Trend: ...". Read by its shape, the name was the dateline's place, and the story's events
were placed in "Trend". `_names_the_source` (documents.py) now drops a dateline whose place is
the outlet the container names as the source: its name, without "News Agency" after it, or its
site's ("trend.az"). A city the gazetteer knows ("Lusaka" from "Lusaka Times", or a source
named "Kigali") and a town a paper is named after ("Gisborne" from "Gisborne Herald") stay the
story's dateline, as does any place when the file names no source.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "Kyrgyzstan and Uzbekistan agreed on Thursday to open two more border crossings for freight."


def _dateline(source: str | None, head: str) -> str | None:
    header = "date 2025-06-12\n" + (f"source {source}\n" if source else "")
    raw = RawFile("crossings.txt", f"{header}\n{head} {STORY}\n".encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 12, 31))
    assert isinstance(record, Document)
    return record.dateline


@pytest.mark.parametrize(
    ("source", "head"),
    [
        ("AKIpress", "AKIpress -"),
        ("Akipress News Agency", "AKIpress -"),
        ("Trend News Agency", "Trend -"),
        ("trend.az", "Trend:"),
        ("TREND", "Trend —"),
    ],
)
def test_the_outlets_name_is_no_place(source: str, head: str) -> None:
    assert _dateline(source, head) is None


@pytest.mark.parametrize(
    ("source", "head", "city"),
    [
        ("Lusaka Times", "Lusaka -", "Lusaka"),
        ("Kigali", "Kigali -", "Kigali"),
        ("Gisborne Herald", "Gisborne -", "Gisborne"),
        (None, "Trend -", "Trend"),
        ("Trend News Agency", "BISHKEK, June 12 (Trend) -", "Bishkek"),
    ],
)
def test_other_datelines_read_as_before(source: str | None, head: str, city: str) -> None:
    assert _dateline(source, head) == city
