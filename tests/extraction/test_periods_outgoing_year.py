""" "The outgoing year" of year-end copy, written for these tests.

"Trade turnover between Kazakhstan and Uzbekistan reached $4.5 billion in the outgoing year" in a
story of 26 December 2024 is the turnover of 2024, and in one of 5 January 2025 that of 2024 too,
the year just ended (the phrase is year-end copy's, from both sides of New Year); it had been no
period, and the sentence gave no figure. "this year", "the current year" and "the past year" read
as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

Y24 = ("2024-01-01", "2024-12-31")


def _days(text: str, published: date) -> list[tuple[str, str]]:
    return [(p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("In the outgoing year, tea exports reached $2.1bn.", date(2024, 12, 26), [Y24]),
        ("In the outgoing year, tea exports reached $2.1bn.", date(2025, 1, 5), [Y24]),
        ("Tea exports reached $2.1bn over the outgoing year.", date(2024, 12, 20), [Y24]),
        # as before
        ("Tea exports reached $2.1bn this year.", date(2024, 12, 26), [Y24]),
        ("Tea exports reached $2.1bn in the current year.", date(2025, 1, 5), [("2025-01-01", "2025-12-31")]),
        ("Tea exports reached $2.1bn in the past year.", date(2025, 1, 5), [Y24]),
    ],
)
def test_outgoing_year(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    assert _days(text, published) == expected


def test_turnover_of_the_outgoing_year() -> None:
    text = (
        "Trade turnover between Kazakhstan and Uzbekistan reached $4.5 billion in the outgoing year, up 12%."
    )
    assert facts(text, date(2024, 12, 26)) == {fact("turnover", "KAZ", "UZB", *Y24, 4.5e9, "USD", 12.0)}
