"""Money earned "from the export of" goods, the singular verbal noun, written for these tests.

"Peru earned $3 billion from the export of copper to China" names the flow by the singular
"export" with its goods after "of", as "from exports of copper" already did. Only the noun
with "of" after it counts: "$2 billion in export credits" stays no trade.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 2, 10)
Y24 = ("2024-01-01", "2024-12-31")

EXPORT_OF = [
    ("Peru earned $3.4 billion from the export of copper to China in 2024, up 12%.", PUB,
     [fact("exports", "PER", "CHN", *Y24, 3.4e9, "USD", 12.0, product=True)]),
    ("Tanzania made $410 million from the export of cashew nuts to Vietnam last year.", PUB,
     [fact("exports", "TZA", "VNM", *Y24, 410e6, "USD", product=True)]),
    ("Egypt spent $2.2 billion in the import of wheat from Russia in 2024.", PUB,
     [fact("imports", "EGY", "RUS", *Y24, 2.2e9, "USD", product=True)]),
    # near miss: the noun as a modifier of money that is no trade
    ("Korea will extend $2 billion in export credits to Peru in 2024.", PUB, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), EXPORT_OF)
def test_singular_export_of_goods_is_the_flow(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
