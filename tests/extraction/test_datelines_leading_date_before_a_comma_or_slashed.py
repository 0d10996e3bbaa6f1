"""A date set before the place with a comma, or slashed, leads the dateline, written for these tests.

Releases and some agencies date their copy before the place: "12 June 2025, Dhaka - ", "June 12,
2025, Tashkent — ", "12/06/2025 DHAKA - ". Only a dash, a bar or a bullet (or nothing, before a
place in capitals) had been read between such a date and the place, and a date in figures only
with dots or hyphens, so the place had been passed over with the date and the story had had no
dateline. `_LEADING_DATE` (datelines.py) now takes a comma when one to four capitalised words and
a spaced dash follow it, and a slashed date. A sentence after the date and its comma ("June 12,
2025, President Yunus said - ..."), a country alone after it, and the dash or bar read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = " Bangladesh and India agreed on Wednesday to reopen two rail links, the ministers said."


@pytest.mark.parametrize(
    ("head", "city"),
    [
        ("12 June 2025, Dhaka -", "Dhaka"),
        ("June 12, 2025, Tashkent —", "Tashkent"),
        ("12 June 2025, DHAKA –", "Dhaka"),
        ("12/06/2025 DHAKA -", "Dhaka"),
        ("12 June 2025, Kuala Lumpur -", "Kuala Lumpur"),
    ],
)
def test_the_place_after_the_date_is_the_dateline(head: str, city: str) -> None:
    found = find_dateline(head + STORY)
    assert found is not None and found.city == city and found.date == date(2025, 6, 12)


@pytest.mark.parametrize(
    "head",
    [
        "June 12, 2025, President Yunus said -",
        "12 June 2025, the minister said -",
        "12 June 2025, Bangladesh -",
    ],
)
def test_no_place_is_read(head: str) -> None:
    assert find_dateline(head + STORY) is None


def test_a_dash_after_the_date_reads_as_before() -> None:
    found = find_dateline("June 12, 2025 - Manila, Philippines -" + STORY)
    assert found is not None and found.city == "Manila"
