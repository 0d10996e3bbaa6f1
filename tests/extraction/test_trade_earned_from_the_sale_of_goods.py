"""Money earned from the sale of goods to a country, written for these tests.

"Zambia earned $2.2 billion from the sale of copper to Switzerland in 2024" is Zambia's copper
exports to Switzerland, as "from copper sales to" and "from selling copper to" already were;
the singular "sale" was no flow word and the figure had been lost. After an earned amount,
"from (through, by) the sale of" goods "to" a country is the exports; a sale of a firm, a stake,
land or rights, or with a determiner before what was sold, stays no trade. Facts are compared
as sets of (flow, reporter, partner, start, end, value, currency, change_pct, has_product);
turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 3, 18)
Y24 = ("2024-01-01", "2024-12-31")

SALES = [
    ("Zambia earned $2.2 billion from the sale of copper to Switzerland in 2024.", PUB,
     [fact("exports", "ZMB", "CHE", *Y24, 2.2e9, "USD", product=True)]),
    ("Mali generated $870 million through the sale of raw cotton to Bangladesh in 2024, up 6%.", PUB,
     [fact("exports", "MLI", "BGD", *Y24, 870e6, "USD", 6.0, product=True)]),
    ("Laos earned $310 million from the sale of electricity to Thailand in 2024.", PUB,
     [fact("exports", "LAO", "THA", *Y24, 310e6, "USD", product=True)]),
]  # fmt: skip

NO_GOODS = [
    ("Zambia earned $2.2 billion from the sale of its stake in the smelter to Switzerland in 2024.", PUB, []),
    ("Mali earned $90 million from the sale of the state cotton company to a French group in 2024.", PUB, []),
    ("Laos earned $40 million from the sale of land to Chinese investors in 2024.", PUB, []),
    ("Kiribati earned $35 million from the sale of fishing licences to Taiwan in 2024.", PUB, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), SALES)
def test_earned_from_the_sale_of_goods_is_the_exports(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(("text", "published", "expected"), NO_GOODS)
def test_sale_of_a_firm_stake_land_or_rights_stays_no_trade(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)
