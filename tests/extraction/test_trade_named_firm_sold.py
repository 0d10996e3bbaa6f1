"""A firm known by its name as the subject of selling or buying, written for these tests.

"Barrick earned $1.8 billion from gold sales to Switzerland last year." in a story from a
mining country tells the miner's takings, no country's trade, as "The company earned ..."
already read; it had given the dateline's country's exports of gold. The firm is known only
where the name is a listed company or is closed by a legal form ("Ltd", "Plc") or a company
word ("Holdings"); a country as the subject ("Tanzania earned ...") reads as before, and
beside the country's figure the firm's part ("and Barrick alone sold $1.8 billion") is no
second figure of the country's exports. Facts are compared as sets of (flow, reporter, partner,
start, end, value, currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 4, 2)
Y24 = ("2024-01-01", "2024-12-31")

FIRMS = [
    "DAR ES SALAAM - Barrick earned $1.8 billion from gold sales to Switzerland last year.",
    "DAR ES SALAAM - Canada's Barrick sold gold worth $1.8 billion to Switzerland last year.",
    "DAR ES SALAAM - In 2024 Barrick exported $1.8 billion of gold to Switzerland.",
    "DAR ES SALAAM - Geita Bullion Refiners Ltd exported gold worth $1.8 billion to Switzerland in 2024.",
]

UNCHANGED = [
    ("DAR ES SALAAM - Tanzania earned $1.8 billion from gold sales to Switzerland last year.",
     [fact("exports", "TZA", "CHE", *Y24, 1.8e9, "USD", product=True)]),
    ("DAR ES SALAAM - Tanzania exported gold worth $3.4 billion to Switzerland last year, and "
     "Barrick alone sold $1.8 billion.",
     [fact("exports", "TZA", "CHE", *Y24, 3.4e9, "USD", product=True)]),
    ("DAR ES SALAAM - Tanzanian exports to Switzerland reached $3.4 billion in 2024, mostly gold.",
     [fact("exports", "TZA", "CHE", *Y24, 3.4e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize("text", FIRMS)
def test_a_named_firms_sales_are_no_countrys_trade(text: str) -> None:
    assert facts(text, PUB) == set()


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_a_countrys_sales_stay_its_trade(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
