"""Goods "received" as a purchase, told with "worth of" and the goods' country, written for these tests.

A buyer that "received R35 billion worth of South African goods" bought them, as one that
"took" or "absorbed" them did. A country receives aid, loans and arms as often, so only
"worth of" after the amount, with goods named for their country, makes the receipt a
purchase; "received $2 billion of American weapons" or "of Chinese loans" stays no trade.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 2, 10)
Y24 = ("2024-01-01", "2024-12-31")

RECEIVED = [
    ("Botswana received P41 billion worth of South African goods in 2024.", PUB,
     [fact("imports", "BWA", "ZAF", *Y24, 41e9, "BWP")]),
    ("Rwanda received $95 million worth of Tanzanian maize last year.", PUB,
     [fact("imports", "RWA", "TZA", *Y24, 95e6, "USD", product=True)]),
    # near misses: aid, loans and arms received
    ("Moldova received $2 billion of American weapons in 2024.", PUB, []),
    ("Malawi received $300 million of Chinese loans in 2024.", PUB, []),
    ("Malawi received $300 million worth of Chinese funding in 2024.", PUB, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), RECEIVED)
def test_received_worth_of_goods_is_a_purchase(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
