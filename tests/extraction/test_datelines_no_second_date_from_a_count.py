"""A count after a dateline's date is no second date, written for these tests.

"DUSHANBE, June 12, 10 firms - signed." had given a dateline running to the dash after
"10 firms": the count and its noun were read as a day and a month in another language. After
the dateline's date, only a date that names a month is more of the dateline, so that line is
now no dateline (no dash follows its date). A dated dateline, a Spanish or French one, and a
Hijri date before the Gregorian one stay as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    "opening",
    [
        "KHUJAND, June 12, 14 cotton mills - signed supply contracts with buyers from Bukhara.",
        "KHUJAND, 12 June, 30 traders - met the customs chiefs at the border crossing.",
    ],
)
def test_a_count_after_the_date_does_not_extend_the_dateline(opening: str) -> None:
    found = find_dateline(opening)
    assert found is None or opening[: found.end].rstrip().endswith(
        ("June 12,", "12 June,", "June 12", "12 June")
    )


@pytest.mark.parametrize(
    ("opening", "city", "day"),
    [
        ("KHUJAND, June 12, 2025 - Fourteen cotton mills signed contracts.", "Khujand", date(2025, 6, 12)),
        (
            "SEVILLA, 5 de marzo de 2025 (EFE) - Los exportadores de aceite firmaron.",
            "Sevilla",
            date(2025, 3, 5),
        ),
        ("LYON, 5 mars 2025 (AFP) - Les producteurs de soie ont signé.", "Lyon", date(2025, 3, 5)),
        (
            "JEDDAH, 15 Dhu al-Hijjah 1446, June 11, 2025 - The port authority said.",
            "Jeddah",
            date(2025, 6, 11),
        ),
    ],
)
def test_dated_datelines_stay_as_before(opening: str, city: str, day: date) -> None:
    found = find_dateline(opening)
    assert found is not None
    assert (found.city, found.date) == (city, day)
