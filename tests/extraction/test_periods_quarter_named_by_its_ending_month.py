"""A quarter or a half named by the month it ended in, written for these tests.

Indian and Nigerian copy writes "the September-ended quarter", "the June-ended quarter of 2024",
"the December-ended half": the month alone had been read (September, a month's figure). They
are now the three or six months ending with that month, as "the September quarter" and "the
quarter ended September" are. A quarter cannot end in May ("the May-ended quarter" gives no
period), and "the June half" with no "ended" is not read as a half.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 15)

ENDED_FACTS = [
    ("India's exports to the UAE rose 12% to $9.1 billion in the September-ended quarter.",
     [fact("exports", "IND", "ARE", "2024-07-01", "2024-09-30", 9.1e9, "USD", 12.0)]),
    ("Nigeria's imports from China hit $2.2 billion in the June-ended quarter of 2024.",
     [fact("imports", "NGA", "CHN", "2024-04-01", "2024-06-30", 2.2e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ENDED_FACTS)
def test_ended_quarter_reaches_the_fact(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(
    ("text", "first", "last", "granularity"),
    [
        ("sales in the December-ended half", date(2024, 7, 1), date(2024, 12, 31), "half"),
        ("sales in the December ended half-year", date(2024, 7, 1), date(2024, 12, 31), "half"),
        ("sales in the March-ending quarter", date(2025, 1, 1), date(2025, 3, 31), "quarter"),
        ("sales in the March quarter", date(2025, 1, 1), date(2025, 3, 31), "quarter"),
        ("sales in the quarter ended September", date(2024, 7, 1), date(2024, 9, 30), "trailing"),
    ],
)
def test_span_ends_with_the_month(text: str, first: date, last: date, granularity: str) -> None:
    assert [(p.period_start, p.period_end, p.granularity) for p in find_periods(text, PUB)] == [
        (first, last, granularity)
    ]


def test_no_quarter_ends_in_may() -> None:
    assert find_periods("sales in the May-ended quarter", PUB) == []


def test_june_half_without_ended_is_the_month() -> None:
    assert [(p.period_start, p.granularity) for p in find_periods("sales in the June half", PUB)] == [
        (date(2024, 6, 1), "month")
    ]
