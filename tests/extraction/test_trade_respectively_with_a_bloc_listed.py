"""Amounts told in order of partners listed with a bloc among them, written for these tests.

"Sri Lanka's exports to the US and the EU were US$2.9 billion and US$3.1 billion respectively in
2024." gives the exports to the US of US$2.9 billion, and the EU's amount no figure (a bloc is no
side of a bilateral figure); it had given nothing, as the bloc is no country slot, so the list
had fewer partners than amounts, both amounts took the US and the bloc in the clause made them
totals with the world (and "to the US, the EU and China" had given three figures of the US).
respectively (trade_links.py) now reads a list that holds a bloc (_partners_with_blocs: the
countries and blocs joined by commas and "and" alone, after "to", "from" or "with"), in order:
each country's amount is the pair's, each bloc's a bloc's. Two flows ("exports to the EU and
imports from China": since read flow by flow, test_trade_respective_flows_with_a_bloc.py), a
bloc alone, and amounts of a bloc and a country not told in order read as before. Facts are
compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")

LISTS = [
    ("Sri Lanka's exports to the US and the EU were US$2.9 billion and US$3.1 billion respectively in 2024.",
     [fact("exports", "LKA", "USA", *Y24, 2.9e9, "USD")]),
    ("Sri Lanka's exports to the EU and the US were US$3.1 billion and US$2.9 billion respectively in 2024.",
     [fact("exports", "LKA", "USA", *Y24, 2.9e9, "USD")]),
    ("Sri Lanka's exports to the US and the EU were US$2.9 billion and US$3.1 billion in 2024.",
     [fact("exports", "LKA", "USA", *Y24, 2.9e9, "USD")]),
    ("Vietnam's exports to the US, the EU and China reached $119 billion, $51 billion and $61 billion "
     "respectively in 2024.",
     [fact("exports", "VNM", "USA", *Y24, 119e9, "USD"), fact("exports", "VNM", "CHN", *Y24, 61e9, "USD")]),
    ("Exports to ASEAN and Japan stood at $30 billion and $24 billion respectively in 2024, Vietnam's "
     "customs said.",
     [fact("exports", "VNM", "JPN", *Y24, 24e9, "USD")]),
]  # fmt: skip

UNCHANGED = [
    # (each flow with its own partner: since test_trade_respective_flows_with_a_bloc.py, the imports
    # from China are the pair's figure, the EU's amount a bloc's)
    ("Sri Lanka's exports to the EU and imports from China were US$3.1 billion and US$2.9 billion "
     "respectively in 2024.",
     [fact("imports", "LKA", "CHN", *Y24, 2.9e9, "USD")]),
    ("Sri Lanka's exports to the EU and the US together reached US$6 billion in 2024.", []),
    ("Vietnam's exports to the EU reached $51 billion in 2024, while those to the United States hit "
     "$119 billion.",
     [fact("exports", "VNM", "USA", *Y24, 119e9, "USD")]),
    ("Sri Lanka's exports to India and Bangladesh were US$1 billion and US$0.4 billion respectively in 2024.",
     [fact("exports", "LKA", "IND", *Y24, 1e9, "USD"), fact("exports", "LKA", "BGD", *Y24, 0.4e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_a_bloc_in_the_list_keeps_its_place(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_lists_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
