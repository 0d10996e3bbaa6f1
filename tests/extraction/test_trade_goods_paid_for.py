"""The goods a sum was spent on or paid for, named for their country, written for these tests.

"Indian refiners spent $46 billion on Russian oil" is a purchase of oil from Russia, as
"bought $46 billion of Russian oil" already was with its goods; the purchase had been found
with no goods. "on Russian goods" names all goods, and "on imports from X" no goods at all.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 2, 10)
Y24 = ("2024-01-01", "2024-12-31")

PAID_FOR = [
    ("Korean steelmakers spent $9.4 billion on Australian iron ore in 2024.", PUB,
     [fact("imports", "KOR", "AUS", *Y24, 9.4e9, "USD", product=True)]),
    ("Egypt paid $3.1 billion for Ukrainian wheat last year.", PUB,
     [fact("imports", "EGY", "UKR", *Y24, 3.1e9, "USD", product=True)]),
    # near misses: all goods, and a flow noun after "on"
    ("Egypt spent $3.1 billion on Ukrainian goods in 2024.", PUB,
     [fact("imports", "EGY", "UKR", *Y24, 3.1e9, "USD")]),
    ("Egypt spent $3.1 billion on imports from Ukraine in 2024.", PUB,
     [fact("imports", "EGY", "UKR", *Y24, 3.1e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PAID_FOR)
def test_goods_paid_for_are_the_product(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
