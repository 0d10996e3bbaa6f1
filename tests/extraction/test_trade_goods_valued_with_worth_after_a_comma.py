"""Goods of a flow listed with ", worth" before each value, written for these tests.

"Sri Lanka's main exports to Italy in 2024 were tea, worth $210 million, and garments, worth
$180 million" lists the goods of the flow as "tea, at $210 million, and garments, at ..."
already did; the first figure had been found with no goods and the second lost, its clause
having no flow word. ", worth" after goods now values an item of such a list as "at" does (in a
sentence that ranks or lists items: "main exports", "led by", "included"), for the first item
and for the clause that goes on after it; "were worth" with no goods before it, and goods named
in an aside before the verb ("mostly tea, were worth"), stay no goods. Facts are compared as
sets of (flow, reporter, partner, start, end, value, currency, change_pct, has_product);
turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, extract, fact, facts

PUB = date(2025, 5, 6)
Y24 = ("2024-01-01", "2024-12-31")

WORTH = [
    ("Sri Lanka's main exports to Italy in 2024 were tea, worth $210 million, and garments, worth "
     "$180 million.",
     [fact("exports", "LKA", "ITA", *Y24, 210e6, "USD", product=True),
      fact("exports", "LKA", "ITA", *Y24, 180e6, "USD", product=True)]),
    ("Ecuador's exports to Spain in 2024 were led by shrimp, worth $390 million, and canned tuna, "
     "worth $260 million.",
     [fact("exports", "ECU", "ESP", *Y24, 390e6, "USD", product=True),
      fact("exports", "ECU", "ESP", *Y24, 260e6, "USD", product=True)]),
]  # fmt: skip

PRODUCTS = [
    ("Sri Lanka's main exports to Italy in 2024 were tea, worth $210 million, and garments, worth "
     "$180 million.", {"tea", "garments"}),
]  # fmt: skip

NO_GOODS = [
    ("Sri Lanka's main exports to Italy were worth $390 million in 2024.",
     [fact("exports", "LKA", "ITA", *Y24, 390e6, "USD")]),
    ("Sri Lanka's main exports to Italy, mostly tea, were worth $390 million in 2024.",
     [fact("exports", "LKA", "ITA", *Y24, 390e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WORTH)
def test_goods_valued_with_worth_are_the_product(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), PRODUCTS)
def test_each_figure_takes_the_goods_before_its_worth(text: str, expected: set[str]) -> None:
    assert {m.product for m in extract(text, PUB)} == expected


@pytest.mark.parametrize(("text", "expected"), NO_GOODS)
def test_worth_with_no_listed_goods_before_it_is_no_goods(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
