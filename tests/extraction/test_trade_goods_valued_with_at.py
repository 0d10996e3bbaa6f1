"""Goods of a flow listed with "at" before each value, written for these tests.

"Peru's exports to Japan in 2024 were led by zinc at $1.4 billion and coffee at $210 million"
lists the goods of the flow as "zinc ($1.4 billion) and coffee (...)" already did; the figures
had been found with no goods, and in "the main imports were wheat, at ..., up 5%, and barley,
at ..." the second figure had been lost, its clause having no flow word. The goods right before
"at" (and its comma) are now read in a sentence that ranks or lists items ("led by", "dominated
by", "main exports", "items", "including"), and a clause that goes on with goods and "at" after
such an item is another item of the same flow. A verb before "at" ("stood at", "were valued
at"), a word that compares ("were much larger, at") and goods only named as a whole ("Purchases
of Thai goods were higher, at") stay no goods. Facts are compared as sets of (flow, reporter,
partner, start, end, value, currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, extract, fact, facts

PUB = date(2025, 4, 2)
Y24 = ("2024-01-01", "2024-12-31")

VALUED_AT = [
    ("Peru's exports to Japan in 2024 were led by zinc at $1.4 billion and coffee at $210 million.",
     [fact("exports", "PER", "JPN", *Y24, 1.4e9, "USD", product=True),
      fact("exports", "PER", "JPN", *Y24, 210e6, "USD", product=True)]),
    ("Morocco's main imports from Brazil in 2024 were soybeans, at $640 million, up 5%, and raw sugar, "
     "at $410 million.",
     [fact("imports", "MAR", "BRA", *Y24, 640e6, "USD", 5.0, product=True),
      fact("imports", "MAR", "BRA", *Y24, 410e6, "USD", product=True)]),
    ("Kenya's exports to Pakistan in 2024 were dominated by tea at $520 million, followed by soda ash "
     "at $35 million.",
     [fact("exports", "KEN", "PAK", *Y24, 520e6, "USD", product=True),
      fact("exports", "KEN", "PAK", *Y24, 35e6, "USD", product=True)]),
    ("Thailand's exports to Vietnam in 2024 were headed by machinery, at $3.2 billion, and plastic "
     "resins, at $900 million.",
     [fact("exports", "THA", "VNM", *Y24, 3.2e9, "USD", product=True),
      fact("exports", "THA", "VNM", *Y24, 900e6, "USD", product=True)]),
]  # fmt: skip

PRODUCTS = [
    ("Peru's exports to Japan in 2024 were led by zinc at $1.4 billion and coffee at $210 million.",
     {"zinc", "coffee"}),
    ("Thailand's exports to Vietnam in 2024 were headed by machinery, at $3.2 billion, and plastic "
     "resins, at $900 million.", {"machinery", "plastic resins"}),
]  # fmt: skip

NO_GOODS = [
    # a verb the amount completes names no goods
    ("The main items of Kenya's exports to Pakistan were tea and soda ash, and the total stood at "
     "$560 million in 2024.",
     [fact("exports", "KEN", "PAK", *Y24, 560e6, "USD")]),
    ("Kenya's main exports to Pakistan were valued at $560 million in 2024.",
     [fact("exports", "KEN", "PAK", *Y24, 560e6, "USD")]),
    # a comparison before "at", with goods named only as a whole
    ("Kenya's exports to Pakistan reached $560 million in 2024. Purchases of Pakistani goods were "
     "much larger, at $1.9 billion.",
     [fact("exports", "KEN", "PAK", *Y24, 560e6, "USD"),
      fact("imports", "KEN", "PAK", *Y24, 1.9e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VALUED_AT)
def test_goods_valued_with_at_are_the_product(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), PRODUCTS)
def test_each_figure_takes_the_goods_before_its_at(text: str, expected: set[str]) -> None:
    assert {m.product for m in extract(text, PUB)} == expected


@pytest.mark.parametrize(("text", "expected"), NO_GOODS)
def test_a_verb_or_comparison_before_at_is_no_goods(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
