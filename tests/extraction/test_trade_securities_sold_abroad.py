"""Debt or shares sold abroad for an amount, written for these tests.

"Kenya raised $1.5 billion from selling Eurobonds to American investors" has a seller, a
buyer's country and a verb of selling, but bonds are no goods (GOLD_FORMAT: loans and other
numbers that are not trade are not labelled). The capitalised "Eurobonds" or a foreign "sukuk"
escaped the lower-case list of money that is no trade; goods sold the same way stay exports.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 2, 10)
Y24 = ("2024-01-01", "2024-12-31")

SECURITIES = [
    ("Zambia raised $1 billion from selling Eurobonds to British funds in 2024.", PUB, []),
    ("Oman raised $2 billion through the sale of sukuk to Malaysian investors last year.", PUB, []),
    ("Egypt raised $900 million by issuing Samurai bonds to Japanese buyers in 2024.", PUB, []),
    # goods sold the same way stay the exports
    ("Kenya earned $1.1 billion from selling tea to Pakistan in 2024.", PUB,
     [fact("exports", "KEN", "PAK", *Y24, 1.1e9, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), SECURITIES)
def test_securities_sold_abroad_are_no_trade(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
