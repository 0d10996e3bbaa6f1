"""Goods valued with "at" in a "with" clause after a pair's flow total, written for these tests.

"Sri Lanka's exports to Iran stood at $140 million in 2024, with tea at $95 million and spices
at $12 million" tells the pair's total and then items of it; the items had been lost, their
clause having no flow word ("with tea worth $95 million" already read so). "with" goods "at"
now values an item of the figure just told, as "with" goods "worth" does, and the list goes on
with "and" goods "at"; "with" a balance, the rest, a comparison, or another flow ("with imports
at $310 million", its own figure) stays as before. Facts are compared as sets of (flow,
reporter, partner, start, end, value, currency, change_pct, has_product); turnover pairs
unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, extract, fact, facts

PUB = date(2025, 4, 9)
Y24 = ("2024-01-01", "2024-12-31")

ITEMS = [
    ("Sri Lanka's exports to Iran stood at $140 million in 2024, with tea at $95 million and spices "
     "at $12 million.",
     [fact("exports", "LKA", "IRN", *Y24, 140e6, "USD"),
      fact("exports", "LKA", "IRN", *Y24, 95e6, "USD", product=True),
      fact("exports", "LKA", "IRN", *Y24, 12e6, "USD", product=True)]),
    ("Jordan's imports from Egypt rose 6% to $820 million in 2024, with natural gas at $410 million.",
     [fact("imports", "JOR", "EGY", *Y24, 820e6, "USD", 6.0),
      fact("imports", "JOR", "EGY", *Y24, 410e6, "USD", product=True)]),
]  # fmt: skip

PRODUCTS = [
    ("Sri Lanka's exports to Iran stood at $140 million in 2024, with tea at $95 million and spices "
     "at $12 million.", {None, "tea", "spices"}),
]  # fmt: skip

UNCHANGED = [
    ("Sri Lanka's exports to Iran stood at $140 million in 2024, with the surplus at $60 million.",
     [fact("exports", "LKA", "IRN", *Y24, 140e6, "USD")]),
    ("Sri Lanka's exports to Iran stood at $140 million in 2024, with imports at $310 million.",
     [fact("exports", "LKA", "IRN", *Y24, 140e6, "USD"),
      fact("imports", "LKA", "IRN", *Y24, 310e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ITEMS)
def test_with_goods_at_are_items_of_the_total(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), PRODUCTS)
def test_each_item_takes_its_goods(text: str, expected: set[str | None]) -> None:
    assert {m.product for m in extract(text, PUB)} == expected


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_a_balance_or_another_flow_is_no_item(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
