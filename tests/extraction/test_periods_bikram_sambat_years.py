"""A calendar year of the Bikram Sambat, marked as Nepali copy marks it: "in 2081 BS", "2080
B.S.", "BS 2081". Written for these tests.

Such a year had been read as the Gregorian year of the same number, some 57 years ahead; it is
now 1 Baisakh to the end of Chaitra as Nepal's calendar sets them (mid-April to mid-April).
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.bikram_calendar import year_days
from orchestration.extraction.periods import find_periods

PUB = date(2025, 9, 15)


def _spans(text: str) -> list[tuple[str, str]]:
    return [(p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ginger sales across the border doubled in 2081 BS.", [("2024-04-13", "2025-04-13")]),
        ("Ginger sales across the border doubled in BS 2081.", [("2024-04-13", "2025-04-13")]),
        ("Ginger sales across the border doubled in 2080 B.S. from 2079 B.S.",
         [("2023-04-14", "2024-04-12"), ("2022-04-14", "2023-04-13")]),
        # past the calendar's table: mid-April to mid-April
        ("Ginger sales across the border may double by 2095 BS.", [("2038-04-14", "2039-04-13")]),
        # as before: a fiscal label, and a Gregorian year with no mark
        ("Ginger sales across the border doubled in fiscal year 2081/82.", [("2024-07-16", "2025-07-16")]),
        ("Ginger sales across the border doubled in 2024, the BSE said.", [("2024-01-01", "2024-12-31")]),
    ],
)  # fmt: skip
def test_bikram_sambat_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


def test_year_days_past_the_table_is_none() -> None:
    assert year_days(2095) is None
