"""Items of a flow listed after "top", "leading", "chief" or "key" exports or imports, written
for these tests.

"Tunisia's leading exports to Libya in 2024 were cement ($85 million) and olive oil ($40
million)" lists the goods of the flow as "main exports were ..." already did; the figures had
been found with no goods, only "main" telling a list of items. The words of a flow's chief
items ("top", "leading", "chief", "principal", "key" before "exports" or "imports") now tell
a list as "main" does, for values in parentheses and with "at"; a flow's total in parentheses
("top imports were worth $900 million (up 5%)") names no goods as before. Facts are compared
as sets of (flow, reporter, partner, start, end, value, currency, change_pct, has_product);
turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, extract, fact, facts

PUB = date(2025, 6, 3)
Y24 = ("2024-01-01", "2024-12-31")

LISTS = [
    ("Tunisia's leading exports to Libya in 2024 were cement ($85 million) and olive oil "
     "($40 million).",
     [fact("exports", "TUN", "LBY", *Y24, 85e6, "USD", product=True),
      fact("exports", "TUN", "LBY", *Y24, 40e6, "USD", product=True)]),
    ("Oman's top imports from India in 2024 were rice at $410 million and iron pipes at $160 million.",
     [fact("imports", "OMN", "IND", *Y24, 410e6, "USD", product=True),
      fact("imports", "OMN", "IND", *Y24, 160e6, "USD", product=True)]),
]  # fmt: skip

PRODUCTS = [
    ("Tunisia's leading exports to Libya in 2024 were cement ($85 million) and olive oil "
     "($40 million).", {"cement", "olive oil"}),
]  # fmt: skip

NO_GOODS = [
    ("Oman's top imports from India in 2024 were worth $900 million (up 5%).",
     [fact("imports", "OMN", "IND", *Y24, 900e6, "USD", 5.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_top_or_leading_flow_lists_its_items(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), PRODUCTS)
def test_each_item_takes_its_goods(text: str, expected: set[str]) -> None:
    assert {m.product for m in extract(text, PUB)} == expected


@pytest.mark.parametrize(("text", "expected"), NO_GOODS)
def test_the_flow_total_is_no_item(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
