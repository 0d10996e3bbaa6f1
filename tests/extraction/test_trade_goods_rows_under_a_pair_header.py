"""Rows labelled by goods under a header naming one pair's flow and its unit, written for these
tests.

A box headed "Uruguay's exports to Brazil in 2024 (US$ million):" and rows "Rice: 410" and
"Dairy products: 380" gives Uruguay's rice and dairy exports to Brazil; such a header, naming a
partner as well as a reporter, had given nothing (the table reader took only rows labelled by
partners, under a header naming no partner). A header naming two countries, the second after
"to", "from" or "with", now heads rows of that pair's goods; a row labelled by a country, a
flow or the rest gives nothing (a total row gives the pair's figure of all goods, as
test_trade_tables_total_row_under_a_pair tells), and headers with partners as rows read as before.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, extract, fact, facts

PUB = date(2025, 3, 12)
Y24 = ("2024-01-01", "2024-12-31")
Y23 = ("2023-01-01", "2023-12-31")

ROWS = [
    ("MONTEVIDEO, March 12 - Shipments to the north grew.\n"
     "Uruguay's exports to Brazil in 2024 (US$ million):\nRice: 410\nDairy products: 380\n",
     [fact("exports", "URY", "BRA", *Y24, 410e6, "USD", product=True),
      fact("exports", "URY", "BRA", *Y24, 380e6, "USD", product=True)]),
    ("KAMPALA, March 12 - Purchases rose.\n"
     "Uganda's imports from India (US$ million) 2024 (2023)\n- Medicines: 95.2 (88.0)\n"
     "- Motorcycles: 61.4 (57.3)\n",
     [fact("imports", "UGA", "IND", *Y24, 95.2e6, "USD", product=True),
      fact("imports", "UGA", "IND", *Y23, 88.0e6, "USD", product=True),
      fact("imports", "UGA", "IND", *Y24, 61.4e6, "USD", product=True),
      fact("imports", "UGA", "IND", *Y23, 57.3e6, "USD", product=True)]),
]  # fmt: skip

PRODUCTS = [
    ("MONTEVIDEO, March 12 - Shipments to the north grew.\n"
     "Uruguay's exports to Brazil in 2024 (US$ million):\nRice: 410\nDairy products: 380\n",
     {"rice", "dairy products"}),
]  # fmt: skip

NOT_GOODS = [
    # rows of a country and of the flows are no goods of the pair; the total is its figure of all goods
    ("MONTEVIDEO, March 12 - Shipments to the north grew.\n"
     "Uruguay's exports to Brazil in 2024 (US$ million):\nArgentina: 410\nTotal: 980\n",
     [fact("exports", "URY", "BRA", *Y24, 980e6, "USD")]),
    ("MONTEVIDEO, March 12 - Trade grew.\n"
     "Uruguay's trade with Brazil in 2024 (US$ million):\nExports: 2,410\nImports: 3,380\n", []),
    # partners as rows, as before
    ("MONTEVIDEO, March 12 - Shipments grew.\n"
     "Uruguay's exports by destination in 2024 (US$ million):\nBrazil: 2,410\nChina: 1,980\n",
     [fact("exports", "URY", "BRA", *Y24, 2410e6, "USD"),
      fact("exports", "URY", "CHN", *Y24, 1980e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_goods_rows_under_a_pair_header_are_the_pairs_goods(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), PRODUCTS)
def test_each_row_is_of_its_labels_goods(text: str, expected: set[str]) -> None:
    assert {m.product for m in extract(text, PUB)} == expected


@pytest.mark.parametrize(("text", "expected"), NOT_GOODS)
def test_rows_of_countries_flows_or_totals_are_no_goods(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
