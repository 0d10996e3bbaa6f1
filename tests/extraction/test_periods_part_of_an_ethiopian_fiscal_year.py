"""A part of a fiscal year numbered in the Ethiopian calendar, written for these tests.

"the first half of the 2017 EFY" had given the calendar first half of the year of publication
(the part read alone), and "the first half of 2017 EFY" the first half of Gregorian 2017; both
are now the first half of the Ethiopian fiscal year 2017, 8 July 2024 to 8 January 2025, as
"the first half of the 2024/25 Ethiopian fiscal year" is counted. A part of a Gregorian year,
and an Ethiopian year on its own, read as before. Facts are compared as sets of (flow,
reporter, partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 2, 20)
EFY17_H1 = ("2024-07-08", "2025-01-08")

EFY_FACTS = [
    ("Ethiopia's exports to Germany reached $150 million in the first half of the 2017 EFY.",
     [fact("exports", "ETH", "DEU", *EFY17_H1, 150e6, "USD")]),
    ("Ethiopia's exports to Saudi Arabia stood at $95 million in the first half of 2017 EFY, up 12 percent.",
     [fact("exports", "ETH", "SAU", *EFY17_H1, 95e6, "USD", 12.0)]),
    ("Ethiopia's imports from China hit $1.2 billion in the first quarter of the 2017 EFY.",
     [fact("imports", "ETH", "CHN", "2024-07-08", "2024-10-10", 1.2e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EFY_FACTS)
def test_part_of_the_ethiopian_fiscal_year(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "sales in the first six months of the 2017 Ethiopian fiscal year",
            date(2024, 7, 8),
            date(2025, 1, 8),
        ),
        ("sales in the second quarter of 2017 EFY", date(2024, 10, 11), date(2025, 1, 8)),
        ("sales in the last quarter of the 2016 EFY", date(2024, 4, 9), date(2024, 7, 7)),
    ],
)
def test_one_period_from_the_part_to_the_year(text: str, first: date, last: date) -> None:
    assert [(p.period_start, p.period_end, p.fiscal) for p in find_periods(text, PUB)] == [
        (first, last, True)
    ]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("sales in the first half of 2024", [(date(2024, 1, 1), date(2024, 6, 30))]),
        ("sales in the 2017 EFY", [(date(2024, 7, 8), date(2025, 7, 7))]),
        ("sales in January-June of 2017", [(date(2017, 1, 1), date(2017, 6, 30))]),
    ],
)
def test_other_periods_read_as_before(text: str, spans: list[tuple[date, date]]) -> None:
    assert [(p.period_start, p.period_end) for p in find_periods(text, PUB)] == spans
