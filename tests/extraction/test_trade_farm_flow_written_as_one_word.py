"""A flow of farm goods written as one word is a flow of those goods, written for these tests.

"Peru's agro-exports to the Netherlands totaled US$1.34 billion in 2024" now gives Peru's 2024
exports to the Netherlands of agro products, as "Peru's agro exports" and "agricultural exports"
already gave them; the prefix glued to the flow word had hidden it, and the sentence gave nothing
(so "agroexports", "agri-exports", "agro-imports"). A compound of another kind ("agro-food
exports") and plain flows read as before. Facts are compared as sets of (flow, reporter, partner,
start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")

ONE_WORD = [
    ("LIMA - Peru's agro-exports to the Netherlands totaled US$1.34 billion in 2024, according to ADEX.",
     [fact("exports", "PER", "NLD", *Y24, 1.34e9, "USD", product=True)]),
    ("Peru's agroexports to the Netherlands totaled US$1.34 billion in 2024.",
     [fact("exports", "PER", "NLD", *Y24, 1.34e9, "USD", product=True)]),
    ("Kenya's agri-exports to the UK fell to Sh42 billion in 2024.",
     [fact("exports", "KEN", "GBR", *Y24, 42e9, "KES", product=True)]),
    ("Senegal's agro-imports from France amounted to CFA 180 billion in 2024.",
     [fact("imports", "SEN", "FRA", *Y24, 180e9, "XOF", product=True)]),
]  # fmt: skip

UNCHANGED = [
    ("Thailand's agro-food exports to China rose to 9.5 billion dollars in 2024.",
     [fact("exports", "THA", "CHN", *Y24, 9.5e9, "USD", product=True)]),
    ("Peru's exports to the Netherlands totaled US$1.34 billion in 2024.",
     [fact("exports", "PER", "NLD", *Y24, 1.34e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ONE_WORD)
def test_a_farm_flow_written_as_one_word(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_compounds_and_plain_flows_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
