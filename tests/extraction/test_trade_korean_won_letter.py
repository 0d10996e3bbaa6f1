"""The Korean won written as a "W" before the number, written for these tests.

Korean English-language business copy writes the won as the "₩" without its bars: "W4.1
trillion". One capital letter is also an initial ("George W. Bush") and a label, so, like the
Gambian "D" and the Guatemalan "Q", it is money only for a scaled figure of Korea's own.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 2, 10)
Y24 = ("2024-01-01", "2024-12-31")

WON_LETTER = [
    ("South Korea's exports to Chile rose 6 percent to W4.1 trillion last year, the ministry "
     "said.", PUB,
     [fact("exports", "KOR", "CHL", *Y24, 4.1e12, "KRW", 6.0)]),
    ("Korean imports from Qatar amounted to W 13.7 trillion in 2024.", PUB,
     [fact("imports", "KOR", "QAT", *Y24, 13.7e12, "KRW")]),
    ("Trade between Seoul and Hanoi reached W110 trillion in 2024.", PUB,
     [fact("turnover", "KOR", "VNM", *Y24, 110e12, "KRW")]),
    # near misses: a figure of no Korean side, and an initial before a name
    ("Chile's exports to Peru reached W2 trillion in 2024.", PUB, []),
    ("George W. Bush said in 2024 that Chile's exports to Peru reached $2 billion.", PUB,
     [fact("exports", "CHL", "PER", *Y24, 2e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), WON_LETTER)
def test_won_letter_is_the_korean_won(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
