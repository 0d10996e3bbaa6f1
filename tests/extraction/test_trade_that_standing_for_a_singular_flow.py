"""A "that with/to/from X" after a conjunction stands for the singular flow noun told before it.

"Vietnam's trade with Laos rose 12.4% year-on-year to US$1.8 billion in 2024, while that with
Cambodia reached US$10.1 billion." gives the 2024 turnover with Cambodia of US$10.1 billion
beside the one with Laos; it had given the Laos figure alone: "those to X" stood for a plural
flow told before (_with_those, trade_lexicon.py), but "that", the pronoun of a singular one
("trade", "turnover"), was no flow cue, so the second amount had none. A "that" after "while",
"whereas", "and", "but" or a comma or semicolon, before "with", "to" or "from" (_THAT) is now
the cue of the last singular flow noun before it (_with_that). "said that with China, ..." (a
conjunction of its own), a "that" after a plural flow, a "that" with no amount, a bloc after
it and "those to X" read as before. Facts are compared as sets of (flow, reporter, partner,
start, end, value, currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 3, 10)
Y24 = ("2024-01-01", "2024-12-31")

SINGULAR = [
    ("Vietnam's trade with Laos rose 12.4% year-on-year to US$1.8 billion in 2024, while that with Cambodia "
     "reached US$10.1 billion.",
     [fact("turnover", "VNM", "LAO", *Y24, 1.8e9, "USD", 12.4),
      fact("turnover", "VNM", "KHM", *Y24, 10.1e9, "USD")]),
    ("Kazakhstan's turnover with Kyrgyzstan reached $2.1 billion in 2024, and that with Tajikistan $1.2 "
     "billion.",
     [fact("turnover", "KAZ", "KGZ", *Y24, 2.1e9, "USD"),
      fact("turnover", "KAZ", "TJK", *Y24, 1.2e9, "USD")]),
    ("Kenya's trade with Uganda was worth $2 billion in 2024, but that with Tanzania fell to $1.1 billion.",
     [fact("turnover", "KEN", "UGA", *Y24, 2e9, "USD"), fact("turnover", "KEN", "TZA", *Y24, 1.1e9, "USD")]),
]  # fmt: skip

UNCHANGED = [
    ("The minister said that with China, trade had reached $5 billion in 2024.", []),
    ("Vietnam's exports to Laos rose to US$1.8 billion in 2024, while that with Cambodia was stable.",
     [fact("exports", "VNM", "LAO", *Y24, 1.8e9, "USD")]),
    ("Vietnam's trade with Laos reached US$1.8 billion in 2024, while that with the EU grew to US$60 "
     "billion.",
     [fact("turnover", "VNM", "LAO", *Y24, 1.8e9, "USD")]),
    ("Chilean exports to China were valued at $38 billion in 2024, while those to the United States reached "
     "$16 billion.",
     [fact("exports", "CHL", "CHN", *Y24, 38e9, "USD"), fact("exports", "CHL", "USA", *Y24, 16e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SINGULAR)
def test_that_stands_for_the_singular_flow_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_thats_and_thoses_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
