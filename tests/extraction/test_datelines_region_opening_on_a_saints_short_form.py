"""A region after the city may open on "St." or "Mt.", written for these tests.

Eastern Caribbean copy writes the island after the capital: "Castries, St. Lucia, June 12, 2025
(CMC) –", "Kingstown, St. Vincent, June 12 –". The region had ended on "St.", so the date after
it was no element of the dateline and the story's dateline had no date. `_REGION_WORD`
(datelines.py) now lets a word group open on "St.", "Ste." or "Mt." before a capitalised word.
The region written "St Lucia", and a place with no region, read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = " The Eastern Caribbean states agreed to lower tariffs on regional produce on Thursday."


@pytest.mark.parametrize(
    ("head", "city"),
    [
        ("Castries, St. Lucia, June 12, 2025 (CMC) –", "Castries"),
        ("Basseterre, St. Kitts and Nevis, June 12, 2025 (CMC) –", "Basseterre"),
        ("Castries, St Lucia, June 12, 2025 (CMC) –", "Castries"),
    ],
)
def test_the_date_after_the_region_is_read(head: str, city: str) -> None:
    found = find_dateline(head + STORY)
    assert found is not None and found.city == city
    assert found.date is not None and found.date.isoformat() == "2025-06-12"


def test_the_yearless_date_after_the_region_is_kept() -> None:
    found = find_dateline("Kingstown, St. Vincent, June 12 –" + STORY)
    assert found is not None and found.city == "Kingstown" and found.yearless == "June 12"
