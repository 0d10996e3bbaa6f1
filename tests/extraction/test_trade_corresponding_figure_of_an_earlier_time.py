"""The corresponding figure of an earlier time is that time's level of the flow, written for these tests.

After "Egypt's exports to Libya reached $1.9 billion in 2024.", "The corresponding figure for
2023 was $1.5 billion." now gives the 2023 exports EGY-LBY; "corresponding" (or "comparable")
before "figure" had made it no anaphor, so the amount had no flow. And after a figure for
January-May 2025, "The figure a year earlier was $1.5 billion." now gives January-May 2024; the
time after the figure's noun had been passed over and the amount dated as the figure before it
(a second figure of its period). A figure for another flow ("The corresponding figure for
imports was ...") keeps its own flow, and "A year earlier, the figure was ..." reads as before.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y23 = ("2023-01-01", "2023-12-31")
Y24 = ("2024-01-01", "2024-12-31")
M25 = ("2025-01-01", "2025-05-31")
M24 = ("2024-01-01", "2024-05-31")
YEAR = "Egypt's exports to Libya reached $1.9 billion in 2024. "
MONTHS = "Egypt's exports to Libya reached $1.9 billion in January-May 2025. "

EARLIER_FIGURES = [
    (YEAR + "The corresponding figure for 2023 was $1.5 billion.",
     [fact("exports", "EGY", "LBY", *Y24, 1.9e9, "USD"), fact("exports", "EGY", "LBY", *Y23, 1.5e9, "USD")]),
    (YEAR + "The comparable figure in 2023 was $1.5 billion.",
     [fact("exports", "EGY", "LBY", *Y24, 1.9e9, "USD"), fact("exports", "EGY", "LBY", *Y23, 1.5e9, "USD")]),
    (MONTHS + "The figure a year earlier was $1.5 billion.",
     [fact("exports", "EGY", "LBY", *M25, 1.9e9, "USD"), fact("exports", "EGY", "LBY", *M24, 1.5e9, "USD")]),
    (MONTHS + "The corresponding figure a year earlier was $1.5 billion.",
     [fact("exports", "EGY", "LBY", *M25, 1.9e9, "USD"), fact("exports", "EGY", "LBY", *M24, 1.5e9, "USD")]),
]  # fmt: skip

UNCHANGED = [
    (YEAR + "The corresponding figure for imports was $0.6 billion.",
     [fact("exports", "EGY", "LBY", *Y24, 1.9e9, "USD"), fact("imports", "EGY", "LBY", *Y24, 0.6e9, "USD")]),
    (MONTHS + "A year earlier, the figure was $1.5 billion.",
     [fact("exports", "EGY", "LBY", *M25, 1.9e9, "USD"), fact("exports", "EGY", "LBY", *M24, 1.5e9, "USD")]),
    (YEAR + "Compared with a year earlier, imports from Libya rose to $0.6 billion.",
     [fact("exports", "EGY", "LBY", *Y24, 1.9e9, "USD"), fact("imports", "EGY", "LBY", *Y24, 0.6e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EARLIER_FIGURES)
def test_the_corresponding_figure_of_an_earlier_time(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_flows_and_fronted_times_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
