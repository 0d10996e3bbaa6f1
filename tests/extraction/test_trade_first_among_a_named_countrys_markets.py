"""A partner first among a named country's markets is ranked, written for these tests.

"Uganda ranked first among Kenya's export destinations at Sh130 billion in 2024, followed by
Tanzania at Sh60 billion." now gives Kenya's exports to Uganda and to Tanzania; trade_lexicon's
MARKET_RANKING read "came/ranked/placed first among" and "topped the list of" only before "the",
"its" or the noun, so the country's name in between left the amounts with no flow. A possessive of
up to three words may now stand there, and the list may be told first: "Among Kenya's export
destinations, Uganda ranked first with ...", "Among Kenya's suppliers, China ranked first with
..." (imports). A ranking of goods ("Among Kenya's exports, tea ranked first"), of countries in no
trade ("Among African countries, ...", "the region's investors") stays no figure, and a ranking
among trading partners reads as before. Facts are compared as sets of (flow, reporter, partner,
start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")
UGANDA_FIRST = [fact("exports", "KEN", "UGA", *Y24, 130e9, "KES")]
BOTH = [*UGANDA_FIRST, fact("exports", "KEN", "TZA", *Y24, 60e9, "KES")]

RANKED = [
    ("Uganda ranked first among Kenya's export destinations at Sh130 billion in 2024, followed by Tanzania "
     "at Sh60 billion.", BOTH),
    ("Uganda topped the list of Kenya's export destinations in 2024 with Sh130 billion, followed by Tanzania "
     "with Sh60 billion.", BOTH),
    ("Among Kenya's export destinations, Uganda ranked first at Sh130 billion in 2024, followed by Tanzania "
     "at Sh60 billion.", BOTH),
    ("Among Kenya's export markets, Uganda came first with Sh130 billion in 2024.", UGANDA_FIRST),
    ("Among Kenya's suppliers, China ranked first with Sh400 billion in 2024.",
     [fact("imports", "KEN", "CHN", *Y24, 400e9, "KES")]),
]  # fmt: skip

UNCHANGED = [
    ("Among Kenya's exports, tea ranked first with Sh180 billion in 2024.", []),
    ("Among African countries, Nigeria ranked first with $2 billion in 2024.", []),
    ("Uganda ranked first among the region's investors in 2024 with $300 million.", []),
    ("China ranked first among South Africa's trading partners in 2024 with R600 billion.",
     [fact("turnover", "CHN", "ZAF", *Y24, 600e9, "ZAR")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RANKED)
def test_first_among_a_named_countrys_markets(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_rankings_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
