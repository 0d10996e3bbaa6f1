"""A ranked partner's share of "its" exports or imports, restated in money, written for these tests.

"China was Chile's largest export market in 2024, accounting for 39% of its exports, or US$38.2
billion." gives Chile's 2024 exports to China of US$38.2 billion; it had given nothing, as the
share's clause names the flow with "its" and no country, so the figure had no side (so "taking
nearly a third of its exports", "supplying about 14 percent of its imports", "buying 39% of its
exports, worth ..."; after "main trading partner" the share's flow, not the ranking's trade). A
clause of a share of "its" flow after a comma (_SHARE_OF_ITS, trade_frames.py) takes the sides of
the ranking before it (_described_partner: the subject is the partner, the possessor ranking it
the reporter). A subject that is no country ("Copper was Chile's top export, ..."), a country
ranked by no other ("Chile was the world's top copper producer, ...") and a share with its own
subject ("while Japan took 8% of its exports") read as before. Facts are compared as sets of
(flow, reporter, partner, start, end, value, currency, change_pct, has_product); turnover pairs
unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")
FY24 = ("2023-07-01", "2024-06-30")

SHARES = [
    ("China was Chile's largest export market in 2024, accounting for 39% of its exports, or "
     "US$38.2 billion.",
     fact("exports", "CHL", "CHN", *Y24, 38.2e9, "USD")),
    ("China was Chile's main trading partner in 2024, accounting for 39% of its exports, or "
     "US$38.2 billion.",
     fact("exports", "CHL", "CHN", *Y24, 38.2e9, "USD")),
    ("China was Chile's main trading partner in 2024, buying 39% of its exports, worth US$38.2 billion.",
     fact("exports", "CHL", "CHN", *Y24, 38.2e9, "USD")),
    ("The United States remained Vietnam's largest export market in 2024, taking nearly a third of its "
     "exports, or US$119.5 billion.",
     fact("exports", "VNM", "USA", *Y24, 119.5e9, "USD")),
    ("India was Bangladesh's second-largest source of imports in FY24, supplying about 14 percent of its "
     "imports, or $9.1 billion.",
     fact("imports", "BGD", "IND", *FY24, 9.1e9, "USD")),
    ("China was Chile's top supplier in 2024, accounting for 25% of its imports, or US$20.1 billion.",
     fact("imports", "CHL", "CHN", *Y24, 20.1e9, "USD")),
]  # fmt: skip

UNCHANGED = [
    ("Copper was Chile's top export in 2024, accounting for 50% of its exports, or US$50 billion.", []),
    ("Chile was the world's top copper producer in 2024, accounting for 24% of its exports, or "
     "US$50 billion.", []),
    ("China was Chile's main trading partner in 2024, while Japan took 8% of its exports, or "
     "US$8 billion.", []),
    ("China was Chile's main trading partner in 2024, with exports to China accounting for 39% of its total, "
     "or US$38.2 billion.",
     [fact("exports", "CHL", "CHN", *Y24, 38.2e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_a_ranked_partners_share_of_its_flow_is_the_pairs(text: str, expected: Fact) -> None:
    assert facts(text, PUB) == {expected}


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_shares_of_its_flow_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
