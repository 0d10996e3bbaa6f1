"""A txt header's date line keyed in the paper's own language, written for these tests.

An export of a Turkish, Indonesian or Malay outlet's English edition keeps its header keys:
"Tarih: 12 Haziran 2025", "Tanggal: 12 Juni 2025", "Tarikh: 12 Jun 2025". Such a line was
skipped as another key's, and the story had no date ("Fecha:" and "Datum:" were read). A key
that names no day ("Kategori: Ekonomi") dates nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

LEAD = "Turkey and Iraq agreed on Thursday to open a new border gate, the two trade ministries said."


def _published(line: str) -> date | None:
    raw = RawFile("gate.txt", f"Title: New border gate\n{line}\n\n{LEAD}".encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    assert record.text == LEAD
    return record.published_date


@pytest.mark.parametrize(
    "line",
    ["Tarih: 12 Haziran 2025", "Tanggal: 12 Juni 2025", "Tarikh: 12 Jun 2025", "TARIH: 12.06.2025 10:42"],
)
def test_the_line_dates_the_story(line: str) -> None:
    assert _published(line) == date(2025, 6, 12)


def test_another_key_dates_nothing() -> None:
    assert _published("Kategori: Ekonomi") is None
