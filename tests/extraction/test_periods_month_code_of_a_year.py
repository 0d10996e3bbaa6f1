""" "The first 5M of 2025": a month code with "of" before its year, written for these tests.

"Kenya's exports to Uganda reached $600 million in the first 5M of 2025." is January-May 2025, as
"5M 2025" and "5M2025" already were; it had been the whole of 2025. "5M of FY25" is the fiscal
year's first five months. An amount ("$5M of 2025 sales", "USD 5M of 2025") reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 12)
FIVE_MONTHS_25 = ("2025-01-01", "2025-05-31")


def _spans(text: str) -> list[tuple[str, str]]:
    return [(p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tea exports reached $2.1bn in the first 5M of 2025.", [FIVE_MONTHS_25]),
        ("Tea exports reached $2.1bn in 5M of 2025.", [FIVE_MONTHS_25]),
        ("Tea exports reached $2.1bn in 5M of FY25.", [("2024-07-01", "2024-11-30")]),
        # as before
        ("Tea exports reached $2.1bn in 5M 2025.", [FIVE_MONTHS_25]),
        ("Tea exports reached $2.1bn in 5M2025.", [FIVE_MONTHS_25]),
        ("The firm booked $5M of 2025 sales.", [("2025-01-01", "2025-12-31")]),
        ("The firm booked USD 5M of 2025 sales.", [("2025-01-01", "2025-12-31")]),
    ],
)
def test_month_code_of_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


def test_figure_of_a_month_code_of_a_year() -> None:
    text = "Kenya's exports to Uganda reached $600 million in the first 5M of 2025."
    assert facts(text, PUB) == {fact("exports", "KEN", "UGA", *FIVE_MONTHS_25, 6e8, "USD")}
