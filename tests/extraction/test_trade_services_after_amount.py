"""A flow of services told after the amount it earned, written for these tests.

GOLD_FORMAT counts goods only. "Trade in services ... was worth" before an amount was already
no trade; told after it ("earned $1.2 billion from exports of services to the US", "from IT
services exports to") the services had been read as goods. Goods sold the same way stay.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 2, 10)
Y24 = ("2024-01-01", "2024-12-31")

SERVICES_AFTER = [
    ("Sri Lanka earned $1.2 billion from exports of services to the US in 2024.", PUB, []),
    ("Kenya earned $300 million from the export of business services to Britain last year.", PUB, []),
    ("Egypt earned $700 million from IT services exports to Germany in 2024.", PUB, []),
    # goods sold the same way stay the exports
    ("Sri Lanka earned $1.2 billion from exports of tea to Iraq in 2024.", PUB,
     [fact("exports", "LKA", "IRQ", *Y24, 1.2e9, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), SERVICES_AFTER)
def test_services_after_the_amount_are_no_goods(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
