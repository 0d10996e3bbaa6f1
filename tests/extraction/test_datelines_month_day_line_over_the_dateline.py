"""A month and day alone on a line over the dateline, written for these tests.

A page's stamp "June 12" over "MAPUTO - ..." had given the dateline "June", dated "12 MAPUTO":
a day before a word was read as a date of another language across the line break. Such a date
is now read on one line only, so the dateline below is found. Dates of other languages on the
dateline's own line stay read.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = "Cashew buyers from three provinces met the port authority on Thursday, officials said."


@pytest.mark.parametrize("stamp", ["June 12", "May 5", "Dec 3"])
def test_the_dateline_under_a_month_and_day_line_is_found(stamp: str) -> None:
    found = find_dateline(f"{stamp}\n\nNACALA - {STORY}")
    assert found is not None
    assert found.city == "Nacala"


@pytest.mark.parametrize(
    ("opening", "city", "day"),
    [
        ("TOULOUSE, 5 mars 2025 (AFP) - Les producteurs ont signé.", "Toulouse", date(2025, 3, 5)),
        ("ROSARIO, 5 de marzo de 2025 (Télam) - Los productores firmaron.", "Rosario", date(2025, 3, 5)),
        ("LEIPZIG, 5. März 2025 (dpa) - Die Hersteller unterzeichneten.", "Leipzig", date(2025, 3, 5)),
    ],
)
def test_dates_of_other_languages_on_the_line_stay_read(opening: str, city: str, day: date) -> None:
    found = find_dateline(opening)
    assert found is not None
    assert (found.city, found.date) == (city, day)
