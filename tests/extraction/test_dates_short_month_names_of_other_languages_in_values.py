"""A metadata value that writes its month short in lower case or in another language is a date,
written for these tests.

Latin American, Lusophone, French, Italian, Dutch and Indonesian papers stamp a story "12 ago
2025", "12 déc. 2025", "12 out 2025", "12 mrt 2025" or "Jue, 12 jun 2025 10:42"; `parse_date`
read only English month names written in Title case and the full Spanish, Portuguese and French
names, so such a JSON field or page stamp had been an "unparsed_date" and the story had no date.
`dates._short_month_date` now reads a month's name in any case and any of those languages,
short or full (`dates.ROMANCE_SHORT_MONTHS`), between a day and a year. The datelines read the
same table through `parse_date` (their own `_SHORT_MONTHS` is gone; the dates they read are as
before). Without the day and the year around it, the word is no month ("12 out of 20").
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from orchestration.extraction.dates import parse_date
from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("12 ago 2025", date(2025, 8, 12)),
        ("12 déc. 2025", date(2025, 12, 12)),
        ("3 janv. 2026", date(2026, 1, 3)),
        ("12 févr. 2025", date(2025, 2, 12)),
        ("12 out 2025", date(2025, 10, 12)),
        ("Qua, 12 de set. de 2025 10:42", date(2025, 9, 12)),
        ("12 mrt 2025", date(2025, 3, 12)),
        ("12 okt. 2025", date(2025, 10, 12)),
        ("12 giu 2025", date(2025, 6, 12)),
        ("12 Agu 2025", date(2025, 8, 12)),
        ("12 jun 2025", date(2025, 6, 12)),
        ("Publicado el 12 dic. 2025 - 10:42", date(2025, 12, 12)),
        ("jun. 12, 2025", date(2025, 6, 12)),
        ("12-dez-25", date(2025, 12, 12)),
        ("1er déc. 2025", date(2025, 12, 1)),
    ],
)
def test_the_value_is_read(value: str, day: date) -> None:
    assert parse_date(value) == day


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("12 Jun 2025", date(2025, 6, 12)),
        ("12 de junio de 2025", date(2025, 6, 12)),
        ("12 juin 2025", date(2025, 6, 12)),
        ("12.06.2025", date(2025, 6, 12)),
        ("June 12, 2025", date(2025, 6, 12)),
    ],
)
def test_dates_read_before_read_the_same(value: str, day: date) -> None:
    assert parse_date(value) == day


@pytest.mark.parametrize("value", ["12 out of 20 in 2025", "12 set 20", "31 fev 2025", "ago 2025", "12 ago"])
def test_no_date_is_read(value: str) -> None:
    assert parse_date(value) is None


def test_a_json_field_dates_the_story() -> None:
    item = {
        "title": "Quito and Lima widen a customs deal",
        "date": "12 ago 2025",
        "text": "Ecuador and Peru agreed on Tuesday to widen a customs deal on farm produce, officials said.",
    }
    (record,) = parse_raw_file(RawFile("deal.json", json.dumps(item).encode()), max_bytes=100_000)
    assert isinstance(record, Document) and record.published_date == date(2025, 8, 12)
