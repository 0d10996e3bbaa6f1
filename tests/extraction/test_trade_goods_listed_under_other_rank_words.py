"""Goods listed after a pair's figure under "key", "principal", "major" or "chief", written for these tests.

After "Thailand's exports to Vietnam reached $9.8 billion in 2024.", a sentence "Key products
included rubber at $1.4 billion and sugar at $0.9 billion." tells items of that figure, as
"Main products included ..." already did; the sentence, with no flow word of its own, had been
passed over, as only "main", "top", "largest", "biggest" and "leading" opened such a list.
A sentence of key projects or other amounts stays no figure. Facts are compared as sets of
(flow, reporter, partner, start, end, value, currency, change_pct, has_product); turnover
pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 3, 12)
Y24 = ("2024-01-01", "2024-12-31")
LEAD = "BANGKOK - Thailand's exports to Vietnam reached $9.8 billion in 2024. "
TOTAL = fact("exports", "THA", "VNM", *Y24, 9.8e9, "USD")
ITEMS = [TOTAL, fact("exports", "THA", "VNM", *Y24, 1.4e9, "USD", product=True),
         fact("exports", "THA", "VNM", *Y24, 0.9e9, "USD", product=True)]  # fmt: skip

LISTS = [
    LEAD + "Key products included rubber at $1.4 billion and sugar at $0.9 billion.",
    LEAD + "Major items were rubber ($1.4 billion) and sugar ($0.9 billion).",
    LEAD + "Principal commodities were rubber, worth $1.4 billion, and sugar, worth $0.9 billion.",
    LEAD + "Chief products were rubber at $1.4 billion and sugar at $0.9 billion.",
]

UNCHANGED = [
    (LEAD + "Key projects include a $2 billion refinery near Vung Tau.", [TOTAL]),
    (LEAD + "Major products of the group earned $3 billion in revenue.", [TOTAL]),
]


@pytest.mark.parametrize("text", LISTS)
def test_goods_listed_under_a_rank_word_are_items_of_the_figure(text: str) -> None:
    assert facts(text, PUB) == set(ITEMS)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_amounts_after_the_figure_stay_no_figure(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
