"""A country that bought a share of another's flow, worth an amount, is that flow's partner.

"China bought 61 percent of Chile's copper exports, worth $29 billion, in 2024." gives Chile's
copper exports to China of $29 billion; it had given nothing: the verbs of a share's taker
(_SHARE_OF, trade_frames.py, read by _share_taker) were those of accounting and taking
("accounted for", "took", "absorbed", "received", "supplied"), not those of buying
("bought", "purchased", "buys", "purchases"), so the buyer was no partner and the exports had
none. A buyer with no country ("Japanese utilities bought ..."), a share with no worth of its
own, a whole valued in a relative clause after it (the world's total), a purchase told by its
amount, and a supplier's share of imports read as before. Facts are compared as sets of (flow,
reporter, partner, start, end, value, currency, change_pct, has_product); turnover pairs
unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y23 = ("2023-01-01", "2023-12-31")
Y24 = ("2024-01-01", "2024-12-31")

BOUGHT_SHARES = [
    ("China bought 61 percent of Chile's copper exports, worth $29 billion, in 2024.",
     [fact("exports", "CHL", "CHN", *Y24, 29e9, "USD", product=True)]),
    ("Japan purchased about a third of Australia's coal exports, worth A$18 billion, last year.",
     [fact("exports", "AUS", "JPN", *Y24, 18e9, "AUD", product=True)]),
    ("India buys nearly 40% of Angola's crude exports, worth $12 billion in 2024, according to the "
     "central bank.",
     [fact("exports", "AGO", "IND", *Y24, 12e9, "USD", product=True)]),
    ("South Korea bought 18 percent of Qatar's LNG exports, valued at $9.4 billion, in 2023.",
     [fact("exports", "QAT", "KOR", *Y23, 9.4e9, "USD", product=True)]),
]  # fmt: skip

UNCHANGED = [
    ("Japanese utilities bought 30% of Australia's coal exports, worth A$18 billion, in 2024.", []),
    ("China bought 61 percent of Chile's copper exports in 2024.", []),
    ("China bought 61 percent of Chile's copper exports in 2024, which totalled $48 billion.", []),
    ("China bought $29 billion of Chilean copper in 2024.",
     [fact("imports", "CHN", "CHL", *Y24, 29e9, "USD", product=True)]),
    ("Ghana supplied 20% of India's gold imports, worth $3.1 billion, in 2024.",
     [fact("imports", "IND", "GHA", *Y24, 3.1e9, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BOUGHT_SHARES)
def test_the_buyer_of_a_share_is_the_flows_partner(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_buyers_and_shares_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
