"""A fiscal year named by one year before its words, written for these tests.

"the 2024 fiscal year" and "the 2025 financial year" had been calendar 2024 and 2025, where
"fiscal year 2024" and "the 2023/24 fiscal year" were fiscal years; they now name the same
fiscal year as "fiscal year 2024" does (by the story's country, else July to June), alone and
after a part ("the first half of the 2024 fiscal year"). "fiscal" alone after a year is an
adjective ("the 2024 fiscal deficit"), and a calendar's name between ("the 2016 Ethiopian
fiscal year") is that calendar's year, as before. Facts are compared as sets of (flow,
reporter, partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 18)

FISCAL_FACTS = [
    ("Pakistan's exports to China rose 12% to $3.1 billion in the 2024 fiscal year.",
     [fact("exports", "PAK", "CHN", "2023-07-01", "2024-06-30", 3.1e9, "USD", 12.0)]),
    ("Pakistan's imports from Japan stood at $1.4bn in the first half of the 2025 financial year.",
     [fact("imports", "PAK", "JPN", "2024-07-01", "2024-12-31", 1.4e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FISCAL_FACTS)
def test_one_year_fiscal_label_reaches_the_fact(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("sales in the 2024 fiscal year", date(2023, 7, 1), date(2024, 6, 30)),
        ("sales in the first quarter of the 2025 financial year", date(2024, 7, 1), date(2024, 9, 30)),
        ("sales in fiscal year 2024", date(2023, 7, 1), date(2024, 6, 30)),
        ("sales in the 2024 fiscal deficit", date(2024, 1, 1), date(2024, 12, 31)),
        ("sales in the 2016 Ethiopian fiscal year", date(2023, 7, 8), date(2024, 7, 7)),
    ],
)
def test_period_of_the_label(text: str, first: date, last: date) -> None:
    assert [(p.period_start, p.period_end) for p in find_periods(text, PUB)] == [(first, last)]
