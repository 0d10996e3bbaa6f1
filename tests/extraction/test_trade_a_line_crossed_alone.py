"""A line the figure crossed, when it is all the story tells of that figure, written for these tests.

"Malaysia's trade with Thailand crossed the $30 billion mark in 2024" tells the pair's trade as
"exceeded $30 billion" would, and that had already been a figure; the line had been no figure
at all, as it is where a real figure follows in the sentence ("..., reaching $30.6 billion") or
is told elsewhere in the story for the same flow, pair and period. A goal ("the $50 billion
target"), a guess ("could hit the $40 billion mark") and a floor ("slipped below the $2 billion
mark") stay no figure. Facts are compared as sets of (flow, reporter, partner, start, end,
value, currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 2, 20)
Y24 = ("2024-01-01", "2024-12-31")
H1 = ("2024-01-01", "2024-06-30")

ALONE = [
    ("KUALA LUMPUR - Malaysia's trade with Thailand crossed the $30 billion mark in 2024.",
     [fact("turnover", "MYS", "THA", *Y24, 30e9, "USD")]),
    ("Peruvian exports to Chile topped the $2 billion threshold last year for the first time.",
     [fact("exports", "PER", "CHL", *Y24, 2e9, "USD")]),
    ("Uzbekistan-Russia trade turnover in January-June 2024 passed the $5 billion milestone, "
     "the statistics agency said.",
     [fact("turnover", "UZB", "RUS", *H1, 5e9, "USD")]),
    ("Oman's imports from India have surpassed the $4 billion level in 2024, up 9% on 2023.",
     [fact("imports", "OMN", "IND", *Y24, 4e9, "USD", 9.0)]),
]  # fmt: skip

UNCHANGED = [
    # a real figure after the line, in the sentence or the story
    ("Malaysia's trade with Thailand crossed the $30 billion mark in 2024, reaching $30.6 billion.",
     [fact("turnover", "MYS", "THA", *Y24, 30.6e9, "USD")]),
    ("Trade between Malaysia and Thailand rose to $30.6 billion in 2024. It was the first year that "
     "two-way trade crossed the $30 billion mark.",
     [fact("turnover", "MYS", "THA", *Y24, 30.6e9, "USD")]),
    # a goal, a guess, a floor
    ("Malaysia's trade with Thailand surpassed the $30 billion target in 2024.", []),
    ("Malaysia's trade with Thailand could hit the $40 billion mark by 2026, the minister said.", []),
    ("Malaysia's trade with Thailand is expected to cross the $40 billion mark next year.", []),
    ("Peruvian exports to Chile slipped below the $2 billion mark in 2024.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ALONE)
def test_a_line_crossed_alone_is_the_figure(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_a_line_beside_a_figure_or_a_goal_stays_no_figure(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
