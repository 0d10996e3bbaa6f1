"""A dateline dated by a day of Nepal's calendar, written for these tests.

Nepal's agency dates its copy by the Bikram Sambat calendar: "KATHMANDU, Jestha 29 (RSS):",
"POKHARA, Asar 5 (RSS) -". The month is no English one, so the day was no element of a dateline,
the agency after it was never reached, and the story had had no dateline. `_SEP_BIKRAM`
(datelines.py) now reads such a day (the month in its common spellings, the day before or after
it, a year maybe) as an element that gives no Gregorian date. A sentence that names such a day
and a Gregorian dateline read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = " The minister met a delegation of hydropower investors on Wednesday to review export permits."


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        ("KATHMANDU, Jestha 29 (RSS):", "Kathmandu"),
        ("POKHARA, Asar 5 (RSS) -", "Pokhara"),
        ("Biratnagar, Shrawan 12 (RSS):", "Biratnagar"),
        ("KATHMANDU, 29 Jestha:", "Kathmandu"),
        ("BIRATNAGAR, Bhadra 3, 2082 (RSS):", "Biratnagar"),
        ("KATHMANDU, Asoj 14 -", "Kathmandu"),
        ("KATHMANDU, Mangsir 9 (RSS):", "Kathmandu"),
        ("KATHMANDU, Chaitra 30 (RSS):", "Kathmandu"),
    ],
)
def test_the_place_is_read(opening: str, city: str) -> None:
    found = find_dateline(opening + STORY)
    assert found is not None and found.city == city and found.date is None


def test_a_gregorian_dateline_reads_as_before() -> None:
    found = find_dateline("KATHMANDU, June 12 (RSS):" + STORY)
    assert found is not None and found.yearless == "June 12"


@pytest.mark.parametrize(
    "opening",
    [
        "Magh Bihu celebrations in Assam, Magh 3 were held.",
        "Shrawan 12 marks the start of the fiscal year, officials said.",
    ],
)
def test_no_place_is_read(opening: str) -> None:
    assert find_dateline(opening + STORY) is None
