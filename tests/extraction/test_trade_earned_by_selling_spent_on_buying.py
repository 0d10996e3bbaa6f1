"""Money earned by selling abroad, or spent on buying, told with a gerund, written for these tests.

A desk reporting export earnings often names the means after "by": "Sri Lanka earned $2.1
billion by exporting tea to Russia". After a verb of earning ("earned", "fetched", "raked
in") a gerund of selling after "by" or "through" is the exports flow, as "from exporting" already
was; after another verb ("raised $1 billion by selling bonds", "saved ... by importing") it
stays no trade. "spent $X on importing goods from" is the imports, as "spent $X on imports" was.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 2, 10)
Y24 = ("2024-01-01", "2024-12-31")

EARNED_OR_SPENT = [
    ("Sri Lanka earned $410 million by exporting tea to Russia in 2024, down 3 percent.", PUB,
     [fact("exports", "LKA", "RUS", *Y24, 410e6, "USD", -3.0, product=True)]),
    ("Cambodia fetched $2.2 billion by shipping goods to Vietnam last year.", PUB,
     [fact("exports", "KHM", "VNM", *Y24, 2.2e9, "USD")]),
    ("Uruguay raked in about $900 million through selling to Brazil in 2024.", PUB,
     [fact("exports", "URY", "BRA", *Y24, 900e6, "USD")]),
    ("Nepal spent Rs 180 billion on importing goods from China in 2024.", PUB,
     [fact("imports", "NPL", "CHN", *Y24, 180e9, "NPR")]),
    # near misses: money raised or saved by a sale or a purchase is no trade figure
    ("Ghana raised $750 million by selling bonds to Japanese investors in 2024.", PUB, []),
    ("Zambia saved $120 million by importing fuel from Angola last year.", PUB, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), EARNED_OR_SPENT)
def test_earned_by_selling_or_spent_on_buying(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
