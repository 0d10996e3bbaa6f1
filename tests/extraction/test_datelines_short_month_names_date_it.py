"""A dateline's month written short, in lower case or Spanish, dates it, written for these tests.

Latin American, Portuguese and Lusophone African agencies write the month short: "Bissau, 12 jun
2025 (Lusa) -", "Quito, 12 ago 2025 (EFE).-", "Caracas, 12 Dic 2025 (VTV) –", "Lima, jun. 12,
2025 (ANDINA).". The dateline was read, but its date was kept as text, as the month's short name
was no month `parse_date` reads, so a story with no other date had none. `_date_value`
(datelines.py) now reads such a short name as the month it names (through `parse_date`, which
reads `dates.ROMANCE_SHORT_MONTHS`; the datelines' own `_SHORT_MONTHS` had been a second list).
Full month names in those languages, English dates and a date with no year read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = " The two governments agreed on Thursday to cut tariffs on farm produce."


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Bissau, 12 jun 2025 (Lusa) -", date(2025, 6, 12)),
        ("Quito, 12 ago 2025 (EFE).-", date(2025, 8, 12)),
        ("Caracas, 12 Dic 2025 (VTV) –", date(2025, 12, 12)),
        ("Lima, jun. 12, 2025 (ANDINA).", date(2025, 6, 12)),
        ("Montevideo, 12 set. 2025 (EFE).-", date(2025, 9, 12)),
        ("Santiago, 12 ene. 2025 –", date(2025, 1, 12)),
        ("Brasília, 12 out 2025 –", date(2025, 10, 12)),
    ],
)
def test_the_dateline_is_dated(head: str, day: date) -> None:
    found = find_dateline(head + STORY)
    assert found is not None and found.date == day


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Lima, 12 de junio de 2025 –", date(2025, 6, 12)),
        ("Lisboa, 12 de maio de 2025 –", date(2025, 5, 12)),
        ("Paris, 12 mars 2025 –", date(2025, 3, 12)),
        ("NAIROBI, 12 Mar 2025 –", date(2025, 3, 12)),
    ],
)
def test_other_dates_read_as_before(head: str, day: date) -> None:
    found = find_dateline(head + STORY)
    assert found is not None and found.date == day


def test_a_date_with_no_year_is_kept_as_text() -> None:
    found = find_dateline("Quito, 12 ago (EFE).-" + STORY)
    assert found is not None and found.date is None and found.yearless == "12 ago"
