""" "leke", the Albanian plural as the English press writes it, is the lek, written for these tests.

"Albania's exports to Italy reached 120 billion leke in 2024." now gives ALL 120 billion; "leke"
(the plural "lekë" without its diacritic, as Albanian outlets in English write it) was no unit,
and the figure had no amount. money's table of word units gains it beside "leks", "lekë" and "lek",
which read as before. Facts are compared as sets of (flow, reporter, partner, start, end, value,
currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")
ALB_ITA = [fact("exports", "ALB", "ITA", *Y24, 120e9, "ALL")]

LEKE = [
    ("Albania's exports to Italy reached 120 billion leke in 2024.", ALB_ITA),
    ("Kosovo's imports from Albania reached 30 billion leke in 2024.",
     [fact("imports", "XKX", "ALB", *Y24, 30e9, "ALL")]),
]  # fmt: skip

UNCHANGED = [
    ("Albania's exports to Italy reached 120 billion lekë in 2024.", ALB_ITA),
    ("Albania's exports to Italy reached 120 billion leks in 2024.", ALB_ITA),
]


@pytest.mark.parametrize(("text", "expected"), LEKE)
def test_leke_is_the_lek(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_spellings_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
