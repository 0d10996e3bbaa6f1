"""A country's whole told by its amount as what a share is of, written for these tests.

"Nearly half of Chile's US$94 billion in exports went to China in 2024." gives no figure: the
amount is Chile's exports to the world, of which China's share is told by no amount; it had
given Chile's exports to China of US$94 billion (so "About 40% of ...", "A third of Kenya's Sh1.1
trillion in exports went to Uganda", "More than half of Peru's $67 billion worth of exports were
shipped to China"; "China accounted for 39% of Chile's $94 billion in exports" gave none before
either). An amount after
a share and "of" and a determiner or possessive (_SHARE_OF_BEFORE_AMOUNT, trade_frames.py), right
before its flow noun with no partner of its own (_WHOLE_FLOW_AFTER), is a total with the world
(_whole_a_share_is_of). A whole of a pair ("Half of Kenya's Sh130 billion exports to Uganda were
tea"), an amount after its share ("or 36% of Peru's US$67 billion in exports" is the whole, the
figure before it the pair's) and the partner's own figure after it read as before. Facts are
compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")

WHOLES = [
    "Nearly half of Chile's US$94 billion in exports went to China in 2024.",
    "About 40% of Chile's US$94 billion in exports went to China in 2024.",
    "A third of Kenya's Sh1.1 trillion in exports went to Uganda last year.",
    "More than half of Peru's $67 billion worth of exports were shipped to China and the US in 2024.",
    "Some 39 percent of Chile's $94 billion exports in 2024 were sold to China.",
    "China accounted for 39% of Chile's $94 billion in exports in 2024.",
]

UNCHANGED = [
    ("Half of Kenya's Sh130 billion exports to Uganda were tea in 2024.",
     [fact("exports", "KEN", "UGA", *Y24, 130e9, "KES")]),
    ("Peru's exports to China rose to US$24.3 billion in 2024, or 36% of Peru's US$67 billion in exports.",
     [fact("exports", "PER", "CHN", *Y24, 24.3e9, "USD")]),
    ("Nearly half of Chile's US$94 billion in exports went to China in 2024. Shipments to China were worth "
     "US$38 billion.",
     [fact("exports", "CHL", "CHN", *Y24, 38e9, "USD")]),
    ("About 40% of the $2.1 billion in imports from China were machinery in 2024, Ghana's statistics "
     "service said.",
     [fact("imports", "GHA", "CHN", *Y24, 2.1e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize("text", WHOLES)
def test_the_whole_a_share_is_of_is_no_pairs_figure(text: str) -> None:
    assert facts(text, PUB) == set()


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_wholes_of_a_pair_and_figures_after_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
