"""A story's pair whose second side is only a leader named by one word, written for these tests.

Agency copy often gives its own head of state neither a first name nor a country ("Lukashenko
received the Omani foreign minister"), so the only country word of the story is the guest's.
A listed one-word name or a surname that names one listed official then tells the other side,
as a full name already did. Facts are compared as sets of (flow, reporter, partner, start, end,
value, currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 3, 14)
Y24 = ("2024-01-01", "2024-12-31")

LEADER_NAMED_ALONE = [
    ("Lukashenko received the Omani foreign minister on Thursday. Trade turnover grew 14% last "
     "year to $95 million.", PUB,
     [fact("turnover", "BLR", "OMN", *Y24, 95e6, "USD", 14.0)]),
    ("Lula hosted the Vietnamese prime minister on Wednesday. Bilateral trade reached $7.2 billion "
     "in 2024.", PUB,
     [fact("turnover", "BRA", "VNM", *Y24, 7.2e9, "USD")]),
    ("Mirziyoyev held talks with the visiting Estonian president. Trade turnover rose 20 percent to "
     "$41 million last year.", PUB,
     [fact("turnover", "UZB", "EST", *Y24, 41e6, "USD", 20.0)]),
    # near misses: a surname shared by millions, a numeral in capitals, the guest's country's
    # own leader (no second side), and a story that names its two countries itself
    ("Khan received the Omani foreign minister on Thursday. Trade turnover grew 14% last year to "
     "$95 million.", PUB, []),
    ("Louis XI received the Omani foreign minister on Thursday. Trade turnover grew 14% last year "
     "to $95 million.", PUB, []),
    ("Ramaphosa said South African exports were strong. Trade turnover grew 14% last year to $95 "
     "million.", PUB, []),
    ("Lula hosted the Vietnamese prime minister on Wednesday. Trade between Vietnam and Chile "
     "reached $1.1 billion in 2024.", PUB,
     [fact("turnover", "VNM", "CHL", *Y24, 1.1e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), LEADER_NAMED_ALONE)
def test_leader_named_alone_is_the_other_side(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
