"""The Albanian lek written by its ISO code "ALL", and two codes of 2024-25, written for these tests.

"ALL" is also the word in capitals, so the code had been left out of the money reader and an
Albanian figure in leks by code ("ALL 210 billion") gave nothing. It now counts only with a
scale word after its number, before it ("ALL 64.5 billion") or after it ("2.3 billion ALL");
"ALL 14" in a capitalized line stays no money. Venezuela's "VED" and the Caribbean guilder
"XCG", which replaced the "ANG", are read like any ISO code. Facts are compared as sets of
(flow, reporter, partner, start, end, value, currency, change_pct, has_product); turnover pairs
unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 3, 4)
Y24 = ("2024-01-01", "2024-12-31")

CODES = [
    ("Albania's exports to Kosovo climbed 11 percent to ALL 64.5 billion in 2024.", PUB,
     [fact("exports", "ALB", "XKX", *Y24, 64.5e9, "ALL", 11.0)]),
    ("Albanian imports from Turkey reached 2.3 billion ALL in 2024, the statistics institute said.", PUB,
     [fact("imports", "ALB", "TUR", *Y24, 2.3e9, "ALL")]),
    ("Venezuela's imports from Brazil rose to VED 41 billion in 2024.", PUB,
     [fact("imports", "VEN", "BRA", *Y24, 41e9, "VED")]),
    ("Curacao's imports from the United States stood at XCG 2.6 billion in 2024.", PUB,
     [fact("imports", "CUW", "USA", *Y24, 2.6e9, "XCG")]),
]  # fmt: skip

THE_WORD = [
    # the word in capitals before a count, no scale: no money
    ("ALBANIA'S EXPORTS TO KOSOVO GREW IN ALL 12 MONTHS OF 2024, TO $610 MILLION.", PUB,
     [fact("exports", "ALB", "XKX", *Y24, 610e6, "USD")]),
    ("Albania's exports to Kosovo reached ALL 64,500,000 in 2024.", PUB, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CODES)
def test_codes_with_a_scale_are_the_currency(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(("text", "published", "expected"), THE_WORD)
def test_the_word_without_a_scale_is_no_money(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
