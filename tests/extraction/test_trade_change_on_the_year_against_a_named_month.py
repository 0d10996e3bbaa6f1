"""The change on the year is the figure's, also against a named month, written for these tests.

"Vietnam's exports to China in May were $5.2 billion, down 3% from April but up 12% from May
2024." now gives the change +12 (on the year); the change on the month (-3) had been taken, as
trade_links' marks of a change on the year and on a shorter span read only "year-on-year", "y/y",
"month-on-month", "m/m" and the like. _YEAR_ON_YEAR_AFTER now also reads "on-year", "y-o-y" and
"from/on/over/against <month> <year>"; _SHORTER_SPAN_AFTER "on-month", "m-o-m", "on-quarter",
"q-o-q" and a month with no year ("from April"). A single change, on the month or against a
month, stays the figure's, and "month-on-month and ... year-on-year" reads as before. Facts are
compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
MAY = ("2025-05-01", "2025-05-31")
VN = ("exports", "VNM", "CHN", *MAY, 5.2e9, "USD")

ON_THE_YEAR = [
    ("Vietnam's exports to China in May were $5.2 billion, down 3% from April but up 12% from May 2024.",
     [fact(*VN, 12.0)]),
    ("Vietnam's exports to China rose 4% on-month and 12% on-year to $5.2 billion in May.",
     [fact(*VN, 12.0)]),
    ("Vietnam's exports to China rose 4% m-o-m and 12% y-o-y to $5.2 billion in May.", [fact(*VN, 12.0)]),
]  # fmt: skip

UNCHANGED = [
    ("Vietnam's exports to China in May were $5.2 billion, down 3% from April.", [fact(*VN, -3.0)]),
    ("Vietnam's exports to China in May were $5.2 billion, up 12% from May 2024.", [fact(*VN, 12.0)]),
    ("South Korea's exports to China rose 8.4% on-month to $11.2 billion in May.",
     [fact("exports", "KOR", "CHN", *MAY, 11.2e9, "USD", 8.4)]),
    ("Vietnam's exports to China rose 5.2% month-on-month and 18.3% year-on-year to $5.2 billion in May.",
     [fact(*VN, 18.3)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ON_THE_YEAR)
def test_the_change_on_the_year_is_the_figures(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_single_changes_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
