"""The end of a month of a year told relative to the story's, written for these tests.

"exports stood at $1.2 billion by the end of March last year" in a story of June 2025 is the
running total of January to March 2024: "last year" after "the end of March" is that month's year.
It had been read as January to March 2025 and a second period, the whole of 2024. So too "at
end-June of the previous year" and "by the end of March this year". The month's end with a year
written ("by the end of May 2024") or with none read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUBLISHED = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("exports by the end of March last year", [(date(2024, 1, 1), date(2024, 3, 31))]),
        ("exports at end-June of the previous year", [(date(2024, 1, 1), date(2024, 6, 30))]),
        ("exports by the end of March this year", [(date(2025, 1, 1), date(2025, 3, 31))]),
        # as before
        ("exports by the end of March", [(date(2025, 1, 1), date(2025, 3, 31))]),
        ("exports by the end of May 2024", [(date(2024, 1, 1), date(2024, 5, 31))]),
    ],
)
def test_month_end_of_a_relative_year(text: str, expected: list[tuple[date, date]]) -> None:
    assert [(p.period_start, p.period_end) for p in find_periods(text, PUBLISHED)] == expected


def test_trade_total_to_a_month_of_last_year() -> None:
    found = facts("Kenya's exports to Uganda stood at $1.2 billion by the end of March last year.", PUBLISHED)
    assert found == {fact("exports", "KEN", "UGA", "2024-01-01", "2024-03-31", 1.2e9, "USD")}
