""" "Q1-3 2024": a run of quarters with the letter written once, written for these tests.

"Kenya's exports to Uganda reached $600 million in Q1-3 2024." is January-September 2024, as
"Q1-Q3 2024" already was; it had been the first quarter of the publication year (2025), and 2024
a second period apart. "Q2-4 of 2024", "Q1–3" (en dash) and "Q1-3" without a year (of the year
that run last ended) read so too. A year after the dash ("Q1-2024") and a percentage ("Q1-3%")
read as before; a run that goes backwards ("Q3-2 2024") is no period now, as "Q3-Q2 2024" is not
(it had been the third quarter, and the year apart).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 12)
NINE_MONTHS_24 = ("2024-01-01", "2024-09-30")


def _spans(text: str) -> list[tuple[str, str]]:
    return [(p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tea exports reached $2.1bn in Q1-3 2024.", [NINE_MONTHS_24]),
        ("Tea exports reached $2.1bn in Q1–3 2024.", [NINE_MONTHS_24]),
        ("Tea exports reached $2.1bn in Q2-4 of 2024.", [("2024-04-01", "2024-12-31")]),
        ("Tea exports reached $2.1bn in Q1-2 2025.", [("2025-01-01", "2025-06-30")]),
        ("Tea exports reached $2.1bn in Q1-3.", [NINE_MONTHS_24]),
        # as before
        ("Tea exports reached $2.1bn in Q1-Q3 2024.", [NINE_MONTHS_24]),
        ("Tea exports reached $2.1bn in Q1-2024.", [("2024-01-01", "2024-03-31")]),
        ("Tea exports grew Q1-3% a quarter.", [("2025-01-01", "2025-03-31")]),
    ],
)
def test_quarter_run_with_one_code(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


def test_figure_of_a_quarter_run_with_one_code() -> None:
    text = "Kenya's exports to Uganda reached $600 million in Q1-3 2024."
    assert facts(text, PUB) == {fact("exports", "KEN", "UGA", *NINE_MONTHS_24, 6e8, "USD")}
