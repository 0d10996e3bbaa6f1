"""A quarter or half labelled year first, written for these tests.

"exports in 2025Q1" is January to March 2025 and "2024-H2" July to December 2024, as statistics
offices (Eurostat, national accounts tables) label them; "2025 Q1", "2025:Q1" and "2025/Q1" too.
Each had been two periods, the whole year and the quarter (or half) of the year inferred from
publication. The quarter before its year ("Q1-2025"), a year and a quarter apart ("in 2024, Q1
exports") and a year before no quarter ("2024 H3") read as before.
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
        ("exports in 2025Q1", [(date(2025, 1, 1), date(2025, 3, 31))]),
        ("exports in 2025-Q1", [(date(2025, 1, 1), date(2025, 3, 31))]),
        ("exports in 2024 Q4 rose", [(date(2024, 10, 1), date(2024, 12, 31))]),
        ("exports in 2025:Q1", [(date(2025, 1, 1), date(2025, 3, 31))]),
        ("exports in 2024-H2", [(date(2024, 7, 1), date(2024, 12, 31))]),
        ("exports in 2024H1", [(date(2024, 1, 1), date(2024, 6, 30))]),
        (
            "exports in 2023Q4 and 2024Q4",
            [(date(2023, 10, 1), date(2023, 12, 31)), (date(2024, 10, 1), date(2024, 12, 31))],
        ),
        # as before
        ("exports in Q1-2025", [(date(2025, 1, 1), date(2025, 3, 31))]),
        (
            "exports in 2024, Q1 exports",
            [(date(2024, 1, 1), date(2024, 12, 31)), (date(2025, 1, 1), date(2025, 3, 31))],
        ),
        ("exports in 2024 H3", [(date(2024, 1, 1), date(2024, 12, 31))]),
    ],
)
def test_year_first_code(text: str, expected: list[tuple[date, date]]) -> None:
    assert [(p.period_start, p.period_end) for p in find_periods(text, PUBLISHED)] == expected


def test_trade_figure_of_a_year_first_quarter() -> None:
    found = facts("Kenya's exports to Uganda stood at $1.2 billion in 2025Q1.", PUBLISHED)
    assert found == {fact("exports", "KEN", "UGA", "2025-01-01", "2025-03-31", 1.2e9, "USD")}
