"""A dateline dated by a month's short name in lower case, written for these tests.

Spanish-language agencies write the month's short name in lower case before the day: "Lima,
jun. 12 (ANDINA).", "QUITO, ago. 3 (EFE).-". Only a capitalised month had been read before a
day, so the day was no element of a dateline, the agency after it never reached, and the story
had had no dateline. `_SEP_DATE` (datelines.py) now takes `_LOWER_SHORT_MONTH` (Spanish and
English short names) before the day. A sentence going on after such words ("Lima, may 12 firms
signed") and a capitalised month read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = " The trade minister met a delegation of coffee exporters on Wednesday to review permits."


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        ("Lima, jun. 12 (ANDINA).", "Lima"),
        ("LIMA, jun. 12 (ANDINA) -", "Lima"),
        ("Quito, ago. 3 (EFE).-", "Quito"),
        ("Bogotá, dic 9 (Xinhua) --", "Bogotá"),
        ("La Paz, abr. 21 (ABI).", "La Paz"),
    ],
)
def test_the_place_is_read(opening: str, city: str) -> None:
    found = find_dateline(opening + STORY)
    assert found is not None and found.city == city


def test_a_capitalised_month_reads_as_before() -> None:
    found = find_dateline("LIMA, June 12 (ANDINA) -" + STORY)
    assert found is not None and found.city == "Lima" and found.yearless == "June 12"


@pytest.mark.parametrize(
    "opening", ["Lima, may 12 firms signed the deal.", "Lima, sep 12 workers went home."]
)
def test_no_place_is_read(opening: str) -> None:
    assert find_dateline(opening + STORY) is None
