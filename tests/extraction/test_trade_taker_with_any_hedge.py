"""Any hedge may stand between a partner's verb of taking and its amount, written for these tests.

"Kenya's exports rose to Sh1.1 trillion in 2024, with Uganda taking just over Sh143 billion and
Tanzania Sh73 billion" now gives Kenya's exports to Tanzania beside those to Uganda, as "taking
about Sh143 billion" already did; trade_frames' _TAKING_GAP had its own short list of hedges, so
"just over", "close to", "less than", "approximately" or "just under" left the gapped partner with
no flow. The gap now takes money.HEDGE_ALTERNATION (so do _PARTNERS_TOTAL, _PARTNER_WITH_AMOUNT and
_EARNED_BY_FLOW_BEFORE, which read up to the hedge's start, so their lists only held hedges the
amount had not taken as its qualifier). The hedges of the old list and the pair's total after a
ranking read as before. Facts are compared as sets of (flow, reporter, partner, start, end, value,
currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")
KENYA = "Kenya's exports rose to Sh1.1 trillion in 2024, with Uganda taking "
SHARES = [fact("exports", "KEN", "UGA", *Y24, 143e9, "KES"), fact("exports", "KEN", "TZA", *Y24, 73e9, "KES")]
CHILE = "Chile's copper exports reached $50 billion in 2024, with China accounting for "
COPPER = [fact("exports", "CHL", "CHN", *Y24, 27e9, "USD", product=True),
          fact("exports", "CHL", "JPN", *Y24, 5e9, "USD", product=True)]  # fmt: skip

WIDENED = [
    (KENYA + "just over Sh143 billion and Tanzania Sh73 billion.", SHARES),
    (KENYA + "close to Sh143 billion and Tanzania Sh73 billion.", SHARES),
    (KENYA + "less than Sh143 billion and Tanzania Sh73 billion.", SHARES),
    (KENYA + "approximately Sh143 billion and Tanzania Sh73 billion.", SHARES),
    (CHILE + "just under $27 billion and Japan $5 billion.", COPPER),
]

UNCHANGED = [
    (KENYA + "more than Sh143 billion and Tanzania Sh73 billion.", SHARES),
    (CHILE + "almost $27 billion and Japan $5 billion.", COPPER),
    ("Germany was China's largest trading partner in Europe last year, with total trade of close to "
     "€254 billion.",
     [fact("turnover", "CHN", "DEU", *Y24, 254e9, "EUR")]),
    ("Tanzania's exports to Kenya generated just over $420 million in revenue in 2024.",
     [fact("exports", "TZA", "KEN", *Y24, 420e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WIDENED)
def test_a_taker_with_any_hedge_leads_the_gapped_partner(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_the_old_hedges_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
