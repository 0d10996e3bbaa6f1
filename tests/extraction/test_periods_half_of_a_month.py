""" "The first half of May": half of a month, written for these tests.

"Kenya's exports to Uganda reached $600 million in the first half of May." in a story of 12 June
2025 is 1-15 May 2025 (customs copy tells half-monthly figures so); it had been the first half of
2024, the half of a year with the month lost. "the second half of May" is 16-31 May, "the latter
half of April" 16-30 April, "the second half of February 2024" 16-29 February 2024, and "the
first half of this month" the publication month's first fifteen days. A half of a year ("the first
half of 2024", "the second half of the year", "the first half") reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 12)


def _spans(text: str) -> list[tuple[str, str]]:
    return [(p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports reached $6 million in the first half of May.", [("2025-05-01", "2025-05-15")]),
        ("Exports reached $6 million in the second half of May.", [("2025-05-16", "2025-05-31")]),
        ("Exports reached $6 million in the latter half of April.", [("2025-04-16", "2025-04-30")]),
        ("Exports reached $6 million in the second half of February 2024.", [("2024-02-16", "2024-02-29")]),
        ("Exports reached $6 million in the first half of June.", [("2024-06-01", "2024-06-15")]),
        ("Exports reached $6 million in the second half of last month.", [("2025-05-16", "2025-05-31")]),
        # as before
        ("Exports reached $6 million in the first half of 2024.", [("2024-01-01", "2024-06-30")]),
        ("Exports reached $6 million in the second half of the year.", [("2024-07-01", "2024-12-31")]),
        ("Exports reached $6 million in the first half.", [("2024-01-01", "2024-06-30")]),
    ],
)
def test_half_of_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


def test_figure_of_half_a_month() -> None:
    text = "Kenya's exports to Uganda reached $600 million in the first half of May."
    assert facts(text, PUB) == {fact("exports", "KEN", "UGA", "2025-05-01", "2025-05-15", 6e8, "USD")}
