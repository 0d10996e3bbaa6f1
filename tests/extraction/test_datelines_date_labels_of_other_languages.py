"""A page's label line above the story that is no place, written for these tests.

A flattened page of a Spanish, German, Turkish or Indonesian outlet's English edition keeps
its stamp line "Fecha: 12 de junio de 2025", "Datum: 12. Juni 2025", "Tarih: 12 Haziran 2025";
the label ended by its colon had been read as a dateline's place ("Fecha"), even over the
story's own "LIMA - ". An English "Date:" was already no place, and a city ended by a colon
stays a dateline. So is "Reading Time: 3 minutes" no place (it had been "Reading Time"), while
Reading, the English town, stays one.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline
from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

LEAD = "Peru and Chile agreed on Thursday to widen their border trade zone, the two ministries said."


@pytest.mark.parametrize(
    "label",
    [
        "Fecha: 12 de junio de 2025",
        "Datum: 12. Juni 2025",
        "Tarih: 12 Haziran 2025",
        "Tanggal: 12 Juni 2025",
        "Publicado: 12 de junio de 2025",
        "Дата: 12 июня 2025",
    ],
)
def test_the_label_is_no_place(label: str) -> None:
    assert find_dateline(f"{label}\n\n{LEAD}") is None
    found = find_dateline(f"{label}\n\nLIMA - {LEAD}")
    assert found is not None and found.city == "Lima"


def test_the_stamp_still_dates_the_story() -> None:
    raw = RawFile("zone.txt", f"Fecha: 12 de junio de 2025\n\n{LEAD}".encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    assert (record.published_date, record.dateline) == (date(2025, 6, 12), None)


def test_a_city_ended_by_a_colon_stays_a_dateline() -> None:
    found = find_dateline(f"Lima: {LEAD}")
    assert found is not None and found.city == "Lima"


def test_a_reading_time_label_is_no_place() -> None:
    assert find_dateline(f"Reading Time: 3 minutes\n\n{LEAD}") is None
    found = find_dateline(f"Reading Time: 3 minutes\n\nLIMA - {LEAD}")
    assert found is not None and found.city == "Lima"


def test_reading_the_town_stays_a_dateline() -> None:
    found = find_dateline(f"READING, England (Reuters) - {LEAD}")
    assert found is not None and found.city == "Reading"
