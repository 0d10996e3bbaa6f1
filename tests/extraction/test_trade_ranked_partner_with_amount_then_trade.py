"""A ranked partner "with $X in two-way trade" after a region is the pair's, written for these tests.

"Peru was China's third-largest trading partner in Latin America with $38.2 billion in two-way
trade in 2024" now gives the CHN-PER turnover of 2024; the region of the ranking ("in Latin
America") had made the amount, written right after "with" and before its trade, a total of the
world, so it gave nothing, while "..., with bilateral trade of $188 billion" already read as the
pair's. A ranking of a bloc or a region as a side ("China is Africa's largest trading partner",
"The EU is Vietnam's third-largest ...") stays no figure. Facts are compared as sets of (flow,
reporter, partner, start, end, value, currency, change_pct, has_product); turnover pairs
unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")

AMOUNT_THEN_TRADE = [
    ("Peru was China's third-largest trading partner in Latin America with $38.2 billion in two-way "
     "trade in 2024.",
     [fact("turnover", "CHN", "PER", *Y24, 38.2e9, "USD")]),
    ("Peru was China's third-largest trading partner in Latin America last year with about $38.2 "
     "billion in trade.",
     [fact("turnover", "CHN", "PER", *Y24, 38.2e9, "USD")]),
    ("Nigeria remained Ghana's biggest trading partner in West Africa with $1.1 billion of bilateral "
     "trade in 2024.",
     [fact("turnover", "GHA", "NGA", *Y24, 1.1e9, "USD")]),
]  # fmt: skip

UNCHANGED = [
    ("China is Africa's largest trading partner with $282 billion in two-way trade in 2023.", []),
    ("The EU is Vietnam's third-largest trading partner with $60 billion in two-way trade in 2024.", []),
    ("Vietnam was the largest trading partner in ASEAN with $150 billion in total trade in 2024.", []),
    ("Brazil remained China's largest trading partner in Latin America, with bilateral trade of $188 "
     "billion in 2024.",
     [fact("turnover", "CHN", "BRA", *Y24, 188e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AMOUNT_THEN_TRADE)
def test_ranked_partner_with_amount_then_trade_is_the_pairs(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_blocs_regions_and_trade_before_the_amount_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
