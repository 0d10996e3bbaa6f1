"""Goods a flow "included", each valued in parentheses, written for these tests.

"Peru's exports to Japan in 2024 included zinc ($1.4 billion) and coffee ($210 million)" lists
the goods of the flow with their values, as "were zinc ($1.4 billion) and ..." and "including
zinc (...)" already did; the figures had been found with no goods, "included" being no word
that tells a list of items. The goods before an amount in parentheses are now read after
"included", "includes" and "include" as well; a flow word or a word of partners before the
parenthesis, or an amount of the whole flow before "included", stays no goods. Facts are
compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 4, 2)
Y24 = ("2024-01-01", "2024-12-31")

INCLUDED = [
    ("Peru's exports to Japan in 2024 included zinc ($1.4 billion) and coffee ($210 million).", PUB,
     [fact("exports", "PER", "JPN", *Y24, 1.4e9, "USD", product=True),
      fact("exports", "PER", "JPN", *Y24, 210e6, "USD", product=True)]),
    ("Ghana's exports to India in 2024 included gold ($4.1 billion) and cashew nuts ($310 million).", PUB,
     [fact("exports", "GHA", "IND", *Y24, 4.1e9, "USD", product=True),
      fact("exports", "GHA", "IND", *Y24, 310e6, "USD", product=True)]),
]  # fmt: skip

NO_GOODS = [
    # an amount of the whole flow before "included" names no goods of it
    ("Peru's exports to Japan ($4.1 billion in 2024) included zinc.", PUB,
     [fact("exports", "PER", "JPN", *Y24, 4.1e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), INCLUDED)
def test_goods_a_flow_included_are_the_product(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(("text", "published", "expected"), NO_GOODS)
def test_a_flow_word_in_the_list_is_no_goods(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
