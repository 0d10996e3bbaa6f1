"""A half told "half-year", written for these tests.

CIS and Central European copy calques the half-year: "the first half-year of 2024", "the second half
year of 2024", "the first half-year 2024". The ordinal's period now takes the "year" after "half" and
the year it is of: January-June (July-December) of that year. The half had been read alone, in the
year of publication (or the one before), and the year apart as a whole year. "half" before
"year-on-year" or "year on year" keeps its comparison, and "the first half of 2024" reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 9, 20)


def _read(text: str) -> list[tuple[str, str, bool]]:
    return [
        (p.period_start.isoformat(), p.period_end.isoformat(), p.comparison) for p in find_periods(text, PUB)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tea exports rose in the first half-year of 2024.", [("2024-01-01", "2024-06-30", False)]),
        ("Tea exports rose in the first half year of 2024.", [("2024-01-01", "2024-06-30", False)]),
        ("Tea exports rose in the second half-year of 2024.", [("2024-07-01", "2024-12-31", False)]),
        ("Tea exports rose in the first half-year 2024.", [("2024-01-01", "2024-06-30", False)]),
        ("Tea exports rose in the First Half-Year of 2023.", [("2023-01-01", "2023-06-30", False)]),
        ("Tea exports rose in the first half-year of last year.", [("2024-01-01", "2024-06-30", False)]),
        (
            "Tea exports rose in the first half-year of 2024 compared to the first half-year of 2023.",
            [("2024-01-01", "2024-06-30", False), ("2023-01-01", "2023-06-30", True)],
        ),
    ],
)
def test_half_year_of_a_year(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tea exports rose in the first half of 2024.", [("2024-01-01", "2024-06-30", False)]),
        ("Tea exports rose in the first half-year.", [("2025-01-01", "2025-06-30", False)]),
        (
            "Tea exports rose 12% in the first half year-on-year.",
            [("2025-01-01", "2025-06-30", False), ("2024-01-01", "2024-06-30", True)],
        ),
        (
            "Tea exports rose 12% in the first half year on year.",
            [("2025-01-01", "2025-06-30", False), ("2024-01-01", "2024-06-30", True)],
        ),
        ("Tea exports rose in the first halves of 2023.", [("2023-01-01", "2023-06-30", False)]),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _read(text) == expected


def test_trade_figure_of_a_half_year() -> None:
    text = "Trade between Kazakhstan and Uzbekistan amounted to $2.1 billion in the first half-year of 2024."
    assert facts(text, PUB) == {fact("turnover", "KAZ", "UZB", "2024-01-01", "2024-06-30", 2.1e9, "USD")}
