"""A quarter or half code written against its fiscal label, written for these tests.

"exports in Q1FY26" is the first quarter of fiscal 2025-26 (April to June 2025 for India's year), as
Indian business copy writes it with no space; "Q3FY25" and "H1FY25" too. The code had needed a
space or a stop after it ("Q1 FY26" was read), so the period was lost. A code before other letters
("Q1FYI") and a bare "Q1" read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUBLISHED = date(2025, 9, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("exports in Q1FY26", [(date(2025, 4, 1), date(2025, 6, 30))]),
        ("exports in Q3FY25", [(date(2024, 10, 1), date(2024, 12, 31))]),
        ("exports in H1FY25", [(date(2024, 4, 1), date(2024, 9, 30))]),
        ("exports in Q4FY2024-25", [(date(2025, 1, 1), date(2025, 3, 31))]),
        # as before
        ("exports in Q1 FY26", [(date(2025, 4, 1), date(2025, 6, 30))]),
        ("exports in Q1FYI", []),
    ],
)
def test_code_against_fiscal_label(text: str, expected: list[tuple[date, date]]) -> None:
    found = find_periods(text, PUBLISHED, fiscal_start_month=4)
    assert [(p.period_start, p.period_end) for p in found] == expected


def test_trade_figure_of_a_fiscal_quarter_code() -> None:
    found = facts("India's exports to the UAE rose to $9 billion in Q1FY26.", PUBLISHED)
    assert found == {fact("exports", "IND", "ARE", "2025-04-01", "2025-06-30", 9e9, "USD")}
