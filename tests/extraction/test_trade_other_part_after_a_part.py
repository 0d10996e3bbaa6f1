"""The other part of a pair's turnover told in the sentence after the first, written for these tests.

"Trade between Armenia and Georgia reached $1.3 billion in 2024. Armenian exports amounted to
$0.5 billion. Armenian imports totalled $0.8 billion." The exports have always taken Georgia,
the turnover's other side; the imports, named by their side alone, had been lost, as only a
flow right after the whole took its partner. The side's other flow, or the other side's same
flow ("Georgian exports totalled $0.8 billion"), now takes the pair where both parts add up to
no more than the whole, over the same period. A larger amount (the side's imports from the
world), another period, or a story that moved on in between stays as before. Facts are compared
as sets of (flow, reporter, partner, start, end, value, currency, change_pct, has_product);
turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 3, 4)
Y24 = ("2024-01-01", "2024-12-31")
LEAD = "YEREVAN - Trade between Armenia and Georgia reached $1.3 billion in 2024. "
TOTAL = fact("turnover", "ARM", "GEO", *Y24, 1.3e9, "USD")
EXPORTS = fact("exports", "ARM", "GEO", *Y24, 0.5e9, "USD")

PARTS = [
    (LEAD + "Armenian exports amounted to $0.5 billion. Armenian imports totalled $0.8 billion.",
     [TOTAL, EXPORTS, fact("imports", "ARM", "GEO", *Y24, 0.8e9, "USD")]),
    (LEAD + "Armenian exports amounted to $0.5 billion. Georgian exports totalled $0.8 billion.",
     [TOTAL, EXPORTS, fact("exports", "GEO", "ARM", *Y24, 0.8e9, "USD")]),
    ("YEREVAN - Armenia-Georgia trade turnover in 2024 was $1.3 billion (+6%).\n"
     "- Armenian exports: $0.5 billion\n- Armenian imports: $0.8 billion",
     [fact("turnover", "ARM", "GEO", *Y24, 1.3e9, "USD", 6.0), EXPORTS,
      fact("imports", "ARM", "GEO", *Y24, 0.8e9, "USD")]),
]  # fmt: skip

UNCHANGED = [
    (LEAD + "Armenian exports amounted to $0.5 billion. Armenian imports rose 4% to $7.2 billion.",
     [TOTAL, EXPORTS]),
    (LEAD + "Armenian exports amounted to $0.5 billion. Armenian imports totalled $0.3 billion in "
     "January-June.", [TOTAL, EXPORTS]),
    (LEAD + "Armenian exports amounted to $0.5 billion. Georgia is a transit route for cargo to "
     "Russia. Armenian imports totalled $0.8 billion.", [TOTAL, EXPORTS]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_the_other_part_takes_the_pair(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_a_world_total_or_another_period_stays_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
