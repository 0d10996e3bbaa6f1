"""A line the figure crossed stays the figure when other amounts follow it, written for these tests.

"India's exports to the UAE crossed the $25 billion mark in 2024 and are on track to hit the $30
billion mark next year" tells the 2024 exports as "exceeded $25 billion" would; the line had been
read only as the sentence's last amount, so a goal, a guess or a comparison after it ("..., up from
$21 billion in 2023") had left it no figure. A real figure of the same flow, pair and period after
the line ("..., reaching $30.6 billion") is still the only fact, and a goal, a guess or a floor
stays no figure. Facts are compared as sets of (flow, reporter, partner, start, end, value,
currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 2, 20)
Y23 = ("2023-01-01", "2023-12-31")
Y24 = ("2024-01-01", "2024-12-31")
H125 = ("2025-01-01", "2025-06-30")

BEFORE_OTHER_AMOUNTS = [
    ("India's exports to the UAE crossed the $25 billion mark in 2024 and are on track to hit the "
     "$30 billion mark next year.",
     [fact("exports", "IND", "ARE", *Y24, 25e9, "USD")]),
    ("Chile's imports from Vietnam topped the $2 billion threshold in 2024 and could pass the $3 "
     "billion line by 2027, the chamber said.",
     [fact("imports", "CHL", "VNM", *Y24, 2e9, "USD")]),
    ("Trade between Ghana and Nigeria surpassed the $1 billion milestone last year, up from $870 "
     "million in 2023.",
     [fact("turnover", "GHA", "NGA", *Y24, 1e9, "USD"),
      fact("turnover", "GHA", "NGA", *Y23, 870e6, "USD")]),
    ("Malaysia's trade with Thailand crossed the $30 billion mark in 2024 as Malaysian exports rose "
     "to $17 billion.",
     [fact("turnover", "MYS", "THA", *Y24, 30e9, "USD"),
      fact("exports", "MYS", "THA", *Y24, 17e9, "USD")]),
    ("Georgia's trade with Armenia passed the $1 billion mark in 2024 for the first time and reached "
     "$600 million in the first half of 2025.",
     [fact("turnover", "GEO", "ARM", *Y24, 1e9, "USD"),
      fact("turnover", "GEO", "ARM", *H125, 600e6, "USD")]),
]  # fmt: skip

UNCHANGED = [
    # the real figure after the line is the only fact
    ("Malaysia's trade with Thailand crossed the $30 billion mark in 2024, rising 5% to $30.6 billion.",
     [fact("turnover", "MYS", "THA", *Y24, 30.6e9, "USD", 5.0)]),
    ("Bilateral trade between Malaysia and Thailand crossed the $30 billion mark in 2024 and stood at "
     "$30.6 billion, officials said.",
     [fact("turnover", "MYS", "THA", *Y24, 30.6e9, "USD")]),
    # a goal, a guess before a figure, a floor
    ("India's exports to the UAE reached $25 billion in 2024 and are on track to hit the $30 billion "
     "mark next year.",
     [fact("exports", "IND", "ARE", *Y24, 25e9, "USD")]),
    ("India's exports to the UAE could hit the $30 billion mark next year, from $25 billion in 2024.",
     [fact("exports", "IND", "ARE", *Y24, 25e9, "USD")]),
    ("Peruvian exports to Chile slipped below the $2 billion mark in 2024, from $2.2 billion in 2023.",
     [fact("exports", "PER", "CHL", *Y23, 2.2e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BEFORE_OTHER_AMOUNTS)
def test_a_line_crossed_before_other_amounts_is_the_figure(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_a_figure_after_the_line_a_goal_or_a_floor_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
