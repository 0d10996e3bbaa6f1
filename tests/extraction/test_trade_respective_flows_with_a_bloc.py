"""Flows listed with their own partners, one of them a bloc, take their amounts in order.

"Kenya's exports to the EU and imports from China stood at $1.1 billion and $2.3 billion
respectively in 2024." gives Kenya's imports from China of $2.3 billion, the EU's amount no
pair's; it had given nothing: the bloc in the clause made both amounts totals with the world,
and `respectively` (trade_links.py) put a bloc back in its place only in one list of partners
after one preposition ("exports to the US and the EU were ..."). Where each flow word of the
list names its own partner or bloc right after "to", "from" or "with" (_partners_of_flows),
the n-th amount now takes the n-th flow and its partner, a bloc's amount rejected as a
bloc's (so "Pakistan's imports from China and exports to the European Union were $16 billion
and $9 billion, respectively" gives the imports from China, which had been read as exports).
Lists without a bloc, one list of partners after one preposition, and lists whose partners
are all blocs read as before. Facts are compared as sets of (flow, reporter, partner, start,
end, value, currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")
FY24_PAK = ("2023-07-01", "2024-06-30")

WITH_A_BLOC = [
    ("Kenya's exports to the EU and imports from China stood at $1.1 billion and $2.3 billion respectively "
     "in 2024.",
     [fact("imports", "KEN", "CHN", *Y24, 2.3e9, "USD")]),
    ("Pakistan's imports from China and exports to the European Union were $16 billion and $9 billion, "
     "respectively, in FY24.",
     [fact("imports", "PAK", "CHN", *FY24_PAK, 16e9, "USD")]),
    ("Morocco's exports to Spain and imports from the Gulf states reached 80 billion dirhams and 30 billion "
     "dirhams respectively last year.",
     [fact("exports", "MAR", "ESP", *Y24, 80e9, "MAD")]),
    ("Uganda's exports to the EAC and imports from India stood at $2.1 billion and $1.9 billion, "
     "respectively, in 2024.",
     [fact("imports", "UGA", "IND", *Y24, 1.9e9, "USD")]),
]  # fmt: skip

UNCHANGED = [
    ("Kenya's exports to Uganda and imports from China stood at $1.1 billion and $2.3 billion respectively "
     "in 2024.",
     [fact("exports", "KEN", "UGA", *Y24, 1.1e9, "USD"), fact("imports", "KEN", "CHN", *Y24, 2.3e9, "USD")]),
    ("Kenya's exports to and imports from China were $1 billion and $2 billion respectively in 2024.",
     [fact("exports", "KEN", "CHN", *Y24, 1e9, "USD"), fact("imports", "KEN", "CHN", *Y24, 2e9, "USD")]),
    ("Exports to the US and the EU were $2.9 billion and $3.1 billion respectively in 2024, Vietnam's "
     "customs said.",
     [fact("exports", "VNM", "USA", *Y24, 2.9e9, "USD")]),
    ("Kenya's exports to the EU and imports from the Gulf stood at $1.1 billion and $2.3 billion "
     "respectively in 2024.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WITH_A_BLOC)
def test_each_flow_takes_its_amount_and_a_blocs_is_no_pairs(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_respective_lists_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
