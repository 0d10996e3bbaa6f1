"""A range the sentence opens on, "From X in one year to Y in another", gives both figures.

"From $3.1 billion in 2020 to $5.4 billion in 2024, trade between Vietnam and Brazil grew 74%."
gives the 2020 turnover of $3.1 billion and the 2024 one of $5.4 billion, up 74%; it had given
nothing: the flow word comes after both amounts, and only a single fronted amount ("At $4.2
billion, trade ...": _FRONTED_AT, trade_frames.py) took the flow word after its comma. The second
amount of a range that opens the sentence (trade_links.FRONTED_FROM, then "to", each amount
maybe with its period, a comma closing the range: _fronted_range_end) now takes the first flow
word after it, and the start point takes that figure's flow and sides as a fronted start point
does (test_trade_fronted_start_point.py). A range of investment, a range with no period of its
start and a single fronted amount read as before. Facts are compared as sets of (flow, reporter,
partner, start, end, value, currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 3, 10)
Y19 = ("2019-01-01", "2019-12-31")
Y20 = ("2020-01-01", "2020-12-31")
Y23 = ("2023-01-01", "2023-12-31")
Y24 = ("2024-01-01", "2024-12-31")

RANGES = [
    ("From $3.1 billion in 2020 to $5.4 billion in 2024, trade between Vietnam and Brazil grew 74%.",
     [fact("turnover", "VNM", "BRA", *Y20, 3.1e9, "USD"),
      fact("turnover", "VNM", "BRA", *Y24, 5.4e9, "USD", 74.0)]),
    ("From Rs 1,200 crore in 2021-22 to Rs 2,050 crore in 2023-24, India's exports to Nepal rose steadily.",
     [fact("exports", "IND", "NPL", "2021-04-01", "2022-03-31", 12e9, "INR"),
      fact("exports", "IND", "NPL", "2023-04-01", "2024-03-31", 20.5e9, "INR")]),
    ("From about 40 billion rand in 2019 to 54 billion rand in 2023, South Africa's exports to Mozambique "
     "grew by a third.",
     [fact("exports", "ZAF", "MOZ", *Y19, 40e9, "ZAR"),
      fact("exports", "ZAF", "MOZ", *Y23, 54e9, "ZAR", 33.33)]),
]  # fmt: skip

UNCHANGED = [
    ("From $2 billion in 2019 to $4 billion in 2024, Chinese investment in Kenya doubled.", []),
    ("At $4.2 billion, trade between Kazakhstan and Turkey in 2023 was 9% higher.",
     [fact("turnover", "KAZ", "TUR", *Y23, 4.2e9, "USD", 9.0)]),
    ("Trade between Vietnam and Brazil grew from $3.1 billion in 2020 to $5.4 billion in 2024.",
     [fact("turnover", "VNM", "BRA", *Y20, 3.1e9, "USD"),
      fact("turnover", "VNM", "BRA", *Y24, 5.4e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_a_fronted_range_gives_both_figures(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_fronted_amounts_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
