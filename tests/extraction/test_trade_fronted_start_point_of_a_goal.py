"""The level a sentence opens on with "From" before a goal is a figure, written for these tests.

"From $3.1 billion in 2020, trade between Vietnam and Brazil is expected to climb to $8 billion
by 2030." now gives the 2020 turnover of $3.1 billion; it had given nothing: the opening "From"
makes the first amount the start point of the figure after it, whose flow and sides it borrows
(trade_links._fronted_start_point), but that figure is a goal, rejected before its flow is read,
so the start point was lost with it. The goal is now read as a figure would be, for its flow and
sides alone (trade_frames._start_point_of_a_goal), and the start point, with a period of its own,
is the sentence's figure (the goal stays no fact). A start point with no period of its own, a goal
whose reading names no flow, and a start point before a real figure ("climbed to $5.4 billion in
2024", both given) read as before. Facts are compared as sets of (flow, reporter, partner, start,
end, value, currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 8, 21)


def y(year: int) -> tuple[str, str]:
    return f"{year}-01-01", f"{year}-12-31"


FIXED = [
    ("From $3.1 billion in 2020, trade between Vietnam and Brazil is expected to climb to $8 billion "
     "by 2030.",
     {fact("turnover", "VNM", "BRA", *y(2020), 3.1e9, "USD")}),
    ("From $450 million in 2023, Chile's exports to India are projected to reach $1 billion by 2027, "
     "the ministry said.",
     {fact("exports", "CHL", "IND", *y(2023), 450e6, "USD")}),
    ("Up from $2 billion in 2022, the two sides want bilateral trade between Egypt and Kenya to reach "
     "$5 billion.",
     {fact("turnover", "EGY", "KEN", *y(2022), 2e9, "USD")}),
    ("From a low of $900 million in 2021, Ghana's cocoa exports to the Netherlands are expected to "
     "reach $2 billion by 2028.",
     {fact("exports", "GHA", "NLD", *y(2021), 900e6, "USD", product=True)}),
]  # fmt: skip

UNCHANGED = [
    ("From $3.1 billion in 2020, trade between Vietnam and Brazil climbed to $5.4 billion in 2024.",
     {fact("turnover", "VNM", "BRA", *y(2020), 3.1e9, "USD"),
      fact("turnover", "VNM", "BRA", *y(2024), 5.4e9, "USD")}),
    ("Trade between Vietnam and Brazil is expected to climb to $8 billion by 2030, "
     "from $3.1 billion in 2020.",
     {fact("turnover", "VNM", "BRA", *y(2020), 3.1e9, "USD")}),
    ("Trade between Peru and Japan is expected to climb to $8 billion by 2030.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_the_start_point_of_a_goal_is_a_figure(text: str, expected: set[Fact]) -> None:
    assert facts(text, PUB) == expected


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_start_points_read_as_before(text: str, expected: set[Fact]) -> None:
    assert facts(text, PUB) == expected
