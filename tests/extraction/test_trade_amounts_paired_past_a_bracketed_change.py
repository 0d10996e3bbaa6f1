"""Amounts joined by "and" past a bracketed change are told in order, written for these tests.

"Indonesia's exports to Vietnam and Thailand reached $1.2 billion (up 14%) and $900 million (down
3%) in 2024." gives the exports to Vietnam of $1.2 billion (+14) and to Thailand of $900 million
(-3); it had given nothing, as two amounts stand paired like "respectively" only when "and" alone
joins them (trade_links.moneys_joined_by_and), and the first amount's bracket came between. A
bracketed percentage right after the first amount ("(up 14%)", "(+14%)", "(-3.1% y/y)", a share
"(39%)") may now stand before "and" (_AND_ALONE). So "exports to China and imports from China were
$38.2 billion (+5%) and $20.1 billion (-2%)" pairs the flows in order (it had given two imports).
Amounts with a verb between ("rose to $38.2 billion (up 5%) and imports fell to ...") read as
before. Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")
TO_VIETNAM = fact("exports", "IDN", "VNM", *Y24, 1.2e9, "USD", 14.0)
TO_THAILAND = fact("exports", "IDN", "THA", *Y24, 9e8, "USD", -3.0)

PAIRED = [
    ("Indonesia's exports to Vietnam and Thailand reached $1.2 billion (up 14%) and $900 million (down 3%) "
     "in 2024.",
     [TO_VIETNAM, TO_THAILAND]),
    ("Indonesia's exports to Vietnam and Thailand reached $1.2 billion (+14%) and $900 million (-3%) in "
     "2024.",
     [TO_VIETNAM, TO_THAILAND]),
    ("Indonesia's exports to Vietnam and Thailand reached $1.2 billion (up 14 percent) and $900 million "
     "(down 3 percent) in 2024.",
     [TO_VIETNAM, TO_THAILAND]),
    ("Chile's exports to China and Japan were $38.2 billion (39%) and $8.1 billion (8%) in 2024.",
     [fact("exports", "CHL", "CHN", *Y24, 38.2e9, "USD"), fact("exports", "CHL", "JPN", *Y24, 8.1e9, "USD")]),
    ("Chile's exports to China and imports from China were $38.2 billion (+5%) and $20.1 billion (-2%) in "
     "2024.",
     [fact("exports", "CHL", "CHN", *Y24, 38.2e9, "USD", 5.0),
      fact("imports", "CHL", "CHN", *Y24, 20.1e9, "USD", -2.0)]),
]  # fmt: skip

UNCHANGED = [
    ("Chile's exports to China rose to $38.2 billion (up 5%) and imports fell to $20.1 billion in 2024.",
     [fact("exports", "CHL", "CHN", *Y24, 38.2e9, "USD", 5.0),
      fact("imports", "CHL", "CHN", *Y24, 20.1e9, "USD")]),
    ("Indonesia's exports to Vietnam reached $1.2 billion (up 14%) in 2024.",
     [fact("exports", "IDN", "VNM", *Y24, 1.2e9, "USD", 14.0)]),
    ("Indonesia's exports to Vietnam and Thailand reached $1.2 billion (up 14%) and $900 million (down 3%), "
     "respectively, in 2024.",
     [TO_VIETNAM, TO_THAILAND]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PAIRED)
def test_amounts_past_a_bracketed_change_pair_in_order(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_amounts_not_joined_by_and_alone_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
