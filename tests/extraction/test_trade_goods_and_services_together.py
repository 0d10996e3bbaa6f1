"""A figure of goods and services together, told after its amount, written for these tests.

GOLD_FORMAT labels one number about goods trade, and the labelled stories leave out totals of
goods and services ("trade in goods and services ... was £39.0bn"), as the reader already did
when the words stood before the amount ("exports of goods and services to Samoa reached": its
"services" is money that is no trade). After the amount they had given a figure, with the
product "services" ("sold $1.4 billion of goods and services to Iraq") or with none ("came to
$520 million in goods and services"); they now give none. Goods alone stay trade. Facts are
compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 5, 20)
Y24 = ("2024-01-01", "2024-12-31")

TOGETHER = [
    ("Jordan sold $1.4 billion of goods and services to Iraq in 2024.", PUB, []),
    ("Fiji earned F$410 million from exports of goods and services to Samoa in 2024.", PUB, []),
    ("Chile's exports to Peru came to $3.6 billion in goods & services in 2024.", PUB, []),
    ("Kenya bought $3.3 billion worth of products and services from India in 2024.", PUB, []),
    # ... as before the amount
    ("Fiji's exports of goods and services to Samoa climbed 9 percent to F$410 million in 2024.", PUB, []),
]  # fmt: skip

GOODS = [
    ("Jordan sold $1.4 billion of goods to Iraq in 2024.", PUB,
     [fact("exports", "JOR", "IRQ", *Y24, 1.4e9, "USD")]),
    ("Fiji earned F$410 million from exports of goods to Samoa in 2024.", PUB,
     [fact("exports", "FJI", "WSM", *Y24, 410e6, "FJD")]),
    # a services figure after the goods figure leaves it trade
    ("Jordan sold $1.4 billion of goods to Iraq in 2024 and $300 million of services.", PUB,
     [fact("exports", "JOR", "IRQ", *Y24, 1.4e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), TOGETHER)
def test_goods_and_services_together_are_no_goods_figure(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(("text", "published", "expected"), GOODS)
def test_goods_alone_stay_trade(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
