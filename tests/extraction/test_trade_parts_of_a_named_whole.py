"""Parts of a whole whose owner the sentence names, written for these tests.

A country that takes an amount "of" another country's trade, exports or imports ("Zambia
accounted for K12 billion of Malawi's foreign trade") trades that amount with the owner: the
owner's flow with the taker, not the taker's trade with the world. A part of a forecast, a
share with no amount, and a part of the world's or a bloc's trade give no fact. A whole fronted
with "Of" ("Of the $12 billion Paraguay imported, Brazil supplied $3.1 billion") is the owner's
trade with the world, each part its trade with the part's country.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Y23, Fact, fact, facts

D25 = date(2025, 2, 1)
Y24 = ("2024-01-01", "2024-12-31")

#: "<taker> accounted for <amount> of <owner>'s <flow>": the owner's flow with the taker.
OWNER_AFTER_THE_AMOUNT = [
    ("Zambia accounted for 12 billion kwacha of Malawi's foreign trade in 2024, the bureau said.", D25,
     [fact("turnover", "MWI", "ZMB", *Y24, 12e9, "MWK")]),
    ("Sweden alone made up NOK 40 billion of Norway's overall external trade in 2023.", D25,
     [fact("turnover", "NOR", "SWE", *Y23, 40e9, "NOK")]),
    ("Brazil represented about $3.1 billion of Paraguay's total trade last year.", D25,
     [fact("turnover", "PRY", "BRA", *Y24, 3.1e9, "USD")]),
    ("Argentina accounted for $1.9 billion of Paraguay's imports in 2024.", D25,
     [fact("imports", "PRY", "ARG", *Y24, 1.9e9, "USD")]),
    ("Germany took NOK 95 billion of Norway's exports in 2023.", D25,
     [fact("exports", "NOR", "DEU", *Y23, 95e9, "NOK")]),
]  # fmt: skip

#: The part told as a percentage first, its amount in parentheses before the whole: the
#: amount is the pair's (no change in money), the percentage no change of it.
PERCENTAGE_THEN_AMOUNT = [
    ("Zambia's share was 18.2 percent (9 billion kwacha) of Malawi's foreign trade in 2024.", D25,
     [fact("turnover", "MWI", "ZMB", *Y24, 9e9, "MWK")]),
    ("Sweden accounted for 11% (NOK 48 billion) of Norway's total trade in 2023.", D25,
     [fact("turnover", "NOR", "SWE", *Y23, 48e9, "NOK")]),
    ("Brazil made up some 24 per cent ($2.6 billion) of Paraguay's imports last year.", D25,
     [fact("imports", "PRY", "BRA", *Y24, 2.6e9, "USD")]),
    # a change in money in parentheses stays one: the level alone is a figure
    ("Paraguay's exports to Chile rose 12 percent ($60 million) to $560 million in 2024.", D25,
     [fact("exports", "PRY", "CHL", *Y24, 560e6, "USD", 12.0)]),
]  # fmt: skip

#: A fronted "Of the <amount> <country> exported/imported ..." whole with the world, then its
#: parts: each the total's flow with the part's country (the whole itself gives no fact).
FRONTED_WHOLE = [
    ("Of the 800 billion kroner Norway exported in 2023, Germany accounted for 190 billion kroner.", D25,
     [fact("exports", "NOR", "DEU", *Y23, 190e9, "NOK")]),
    ("Of Zambia's 70 billion kwacha in exports last year, Tanzania bought 21 billion kwacha.", D25,
     [fact("exports", "ZMB", "TZA", *Y24, 21e9, "ZMW")]),
    ("Of the $12 billion Paraguay imported last year, Brazil supplied $3.1 billion and Argentina "
     "$1.7 billion.", D25,
     [fact("imports", "PRY", "BRA", *Y24, 3.1e9, "USD"),
      fact("imports", "PRY", "ARG", *Y24, 1.7e9, "USD")]),
]  # fmt: skip

#: Near misses: a part of a forecast, a share with no amount, a part of the world's or a
#: bloc's trade.
NO_PART_OF_A_NAMED_WHOLE = [
    "Zambia is expected to account for 15 billion kwacha of Malawi's foreign trade in 2026.",
    "Sweden could make up NOK 60 billion of Norway's foreign trade by 2030, the ministry said.",
    "Brazil accounted for 28.4 percent of Paraguay's foreign trade in 2024.",
    "Brazil accounted for $3.1 billion of global trade in 2024.",
    "Brazil accounted for $3.1 billion of Mercosur's imports in 2024.",
    "Sweden is set to account for 12 percent (NOK 55 billion) of Norway's foreign trade in 2026.",
    "Brazil accounted for 1.2 percent ($300 billion) of global trade in 2024.",
    "Paraguay's share was 30 percent of Bolivia's foreign trade in 2024.",
    "Of the 900 billion kroner Norway hopes to export in 2026, Germany will take 200 billion kroner.",
    "Of the 800 billion kroner Norway exported in 2023, salmon accounted for 170 billion kroner.",
    # a seller takes no part of exports
    "Of the $9 billion Paraguay exported last year, Brazil supplied $2 billion.",
]


@pytest.mark.parametrize(("text", "published", "expected"), OWNER_AFTER_THE_AMOUNT)
def test_owner_after_the_amount(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(("text", "published", "expected"), PERCENTAGE_THEN_AMOUNT)
def test_percentage_then_amount(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(("text", "published", "expected"), FRONTED_WHOLE)
def test_fronted_whole(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize("text", NO_PART_OF_A_NAMED_WHOLE)
def test_no_part_of_a_named_whole(text: str) -> None:
    assert facts(text, D25) == set()
