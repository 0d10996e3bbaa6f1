"""Money made in the sale of goods to a country, or selling them, written for these tests.

"Uruguay made $900 million in the sale of beef to China in 2024" is Uruguay's beef exports to
China, as "earned $900 million from the sale of beef to China" and "by selling beef to China"
already were; with "in", "on" or "with" before the sale, and with the gerund after the amount
and no "by" ("earned $900 million selling beef to China"), the figure had been lost. After an
earned amount, "in (on, with) the sale of" goods "to" a country and "selling" right after
the amount are the exports ("in selling" read so before, and still does); the sale of a
firm, a stake or land, and money raised rather than earned, stay no trade. Facts are compared
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
    ("Uruguay made $900 million in the sale of beef to China in 2024.", PUB,
     [fact("exports", "URY", "CHN", *Y24, 900e6, "USD", product=True)]),
    ("Namibia earned $140 million on the sale of fresh grapes to the Netherlands in 2024.", PUB,
     [fact("exports", "NAM", "NLD", *Y24, 140e6, "USD", product=True)]),
    ("Bolivia generated $1.1 billion with the sale of natural gas to Argentina in 2024, down 12%.", PUB,
     [fact("exports", "BOL", "ARG", *Y24, 1.1e9, "USD", -12.0, product=True)]),
    ("Paraguay earned $430 million selling soybeans to Russia in 2024.", PUB,
     [fact("exports", "PRY", "RUS", *Y24, 430e6, "USD", product=True)]),
    ("Tanzania made $210 million in selling cashews to Vietnam in 2024.", PUB,
     [fact("exports", "TZA", "VNM", *Y24, 210e6, "USD", product=True)]),
]  # fmt: skip

NO_TRADE = [
    ("Uruguay made $900 million in the sale of its stake in the port to Belgium in 2024.", PUB, []),
    ("Namibia earned $60 million on the sale of land to Chinese investors in 2024.", PUB, []),
    ("Paraguay raised $430 million selling bonds to investors in 2024.", PUB, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), SALES)
def test_earned_in_the_sale_or_selling_is_the_exports(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(("text", "published", "expected"), NO_TRADE)
def test_sale_of_a_stake_or_land_and_money_raised_stay_no_trade(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)
