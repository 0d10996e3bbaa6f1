"""A share of a country's total flow restated by its worth is the pair's figure.

"China accounted for 39% of Chile's total exports, or $38 billion, in 2024." gives Chile's
exports to China of $38 billion; it had given nothing: the whole a percentage is of ("total
exports") was taken for an aside of its own (_share_whole, trade_frames.py), whose flow word
tells no amount's flow, so the amount had no flow. A whole closed by ", or", ", worth",
", valued at", ", equivalent to" or ", equal to" and an amount (_SHARE_RESTATED_AFTER) is the
share's, so its flow word is the figure's, as it was without "total" ("China took 39% of
Chile's exports, or $38 billion"). A share told after the figure ("with $31.5 billion, or
22.5 percent of total turnover, followed by ..."), a whole valued by a relative clause (the
world's total) and a share restated by another share read as before. Facts are compared as
sets of (flow, reporter, partner, start, end, value, currency, change_pct, has_product);
turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")
FY24_IND = ("2023-04-01", "2024-03-31")

RESTATED = [
    ("China accounted for 39% of Chile's total exports, or $38 billion, in 2024.",
     [fact("exports", "CHL", "CHN", *Y24, 38e9, "USD")]),
    ("The United States took 22 percent of Vietnam's total exports, worth some $119 billion, last year.",
     [fact("exports", "VNM", "USA", *Y24, 119e9, "USD")]),
    ("Saudi Arabia supplied 17% of India's total crude imports, or about $23 billion, in FY2023-24.",
     [fact("imports", "IND", "SAU", *FY24_IND, 23e9, "USD", product=True)]),
    ("Germany absorbed 31 percent of Austria's overall exports, valued at EUR 61 billion, in 2024.",
     [fact("exports", "AUT", "DEU", *Y24, 61e9, "EUR")]),
]  # fmt: skip

UNCHANGED = [
    ("China led with $31.5 billion, or 22.5 percent of total turnover, followed by Russia ($26.8 billion) "
     "in 2024, Kazakhstan's statistics bureau said.", []),
    ("China accounted for 39% of Chile's total exports in 2024, which reached $98 billion.", []),
    ("China accounted for 39% of Chile's total exports, or 14% of its GDP, in 2024.", []),
    ("China took 39% of Chile's exports, or $38 billion, in 2024.",
     [fact("exports", "CHL", "CHN", *Y24, 38e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RESTATED)
def test_a_share_of_a_total_restated_by_its_worth_is_the_pairs(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_shares_of_a_total_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
