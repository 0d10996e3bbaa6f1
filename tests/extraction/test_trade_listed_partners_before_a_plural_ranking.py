"""Countries listed with their amounts before the plural copula that ranks them take its flow.

"China ($38.2bn, 39%) and the US ($16.1bn, 16%) were Chile's top export markets in 2024." gives
Chile's exports to China and to the US; it had given nothing: each country with its amount in
brackets was read as a ranked item with no flow, and the ranking after the list
(_fronted_ranking, trade_frames.py) was read only in the singular ("China ($38.2bn) was Chile's
top export market"). When every amount of the sentence is such an item and the last bracket
closes right before a plural copula ("were", "are", "remained", ...: _PLURAL_COPULA_AFTER) and
the owner's possessive and a plural ranking of markets, suppliers (MARKET_RANKING) or trading
partners (trade_lexicon.RANKING_CUE_PLURAL), each amount is of the ranking's flow with that
owner (_listed_before_plural_ranking). A share in the bracket is no change. A list with a bloc,
a ranking of investors, a ranking with no owner's possessive ("the top destinations for Chilean
exports") and the singular read as before. Facts are compared as sets of (flow, reporter,
partner, start, end, value, currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 3, 10)
Y24 = ("2024-01-01", "2024-12-31")

LISTED = [
    ("China ($38.2bn, 39%) and the US ($16.1bn, 16%) were Chile's top export markets in 2024.",
     [fact("exports", "CHL", "CHN", *Y24, 38.2e9, "USD"),
      fact("exports", "CHL", "USA", *Y24, 16.1e9, "USD")]),
    ("Russia ($9.8 billion) and China ($6.1 billion) were Uzbekistan's largest trading partners in 2024.",
     [fact("turnover", "UZB", "RUS", *Y24, 9.8e9, "USD"),
      fact("turnover", "UZB", "CHN", *Y24, 6.1e9, "USD")]),
    ("China ($12 billion), India ($4 billion) and Japan ($3 billion) were Kenya's main sources of imports "
     "last year.",
     [fact("imports", "KEN", "CHN", *Y24, 12e9, "USD"), fact("imports", "KEN", "IND", *Y24, 4e9, "USD"),
      fact("imports", "KEN", "JPN", *Y24, 3e9, "USD")]),
    ("Saudi Arabia (Rs 1.1 trillion) and the UAE (Rs 0.9 trillion) remained Pakistan's biggest suppliers "
     "in 2024.",
     [fact("imports", "PAK", "SAU", *Y24, 1.1e12, "PKR"),
      fact("imports", "PAK", "ARE", *Y24, 0.9e12, "PKR")]),
]  # fmt: skip

UNCHANGED = [
    ("China ($38.2bn) and the EU ($16.1bn) were Chile's top export markets in 2024.", []),
    ("China ($38.2bn) and the US ($16.1bn) were Chile's largest investors in 2024.", []),
    ("China ($38.2bn) and the US ($16.1bn) were the top destinations for Chilean exports in 2024.", []),
    ("Russia ($9.8 billion) and China ($6.1 billion) were the largest trading partners in 2024.", []),
    ("China ($38.2bn) was Chile's top export market in 2024.",
     [fact("exports", "CHL", "CHN", *Y24, 38.2e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_listed_partners_take_the_plural_rankings_flow(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_lists_and_rankings_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
