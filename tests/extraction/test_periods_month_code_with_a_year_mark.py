""" "5M/2025", "5M-2025": a month code with a slash or dash before its year, written for these tests.

"Kenya's exports to Uganda reached $600 million in 5M/2025." is January-May 2025, as "5M 2025" and
"Q1/2025" already were; it had been the whole of 2025. "9M/24" reads so too. After a currency
("USD 5M/2025") the year alone reads as before, as does "USD 9M 2024" (no period) and "5M - 2025"
(a spaced dash: the year alone).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 12)
FIVE_MONTHS_25 = ("2025-01-01", "2025-05-31")
Y25 = ("2025-01-01", "2025-12-31")


def _spans(text: str) -> list[tuple[str, str]]:
    return [(p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tea exports reached $2.1bn in 5M/2025.", [FIVE_MONTHS_25]),
        ("Tea exports reached $2.1bn in 5M-2025.", [FIVE_MONTHS_25]),
        ("Tea exports reached $2.1bn in 9M/24.", [("2024-01-01", "2024-09-30")]),
        # as before
        ("Tea exports reached $2.1bn in 5M 2025.", [FIVE_MONTHS_25]),
        ("Tea exports reached $2.1bn in 5M - 2025.", [Y25]),
        ("The firm booked USD 5M/2025 sales.", [Y25]),
        ("The firm booked USD 9M 2024 sales.", []),
    ],
)
def test_month_code_with_a_year_mark(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


def test_figure_of_a_month_code_with_a_year_mark() -> None:
    text = "Kenya's exports to Uganda reached $600 million in 5M/2025."
    assert facts(text, PUB) == {fact("exports", "KEN", "UGA", *FIVE_MONTHS_25, 6e8, "USD")}
