"""A half's code with "of" before its year, written for these tests.

"H1 of 2024", "H2 of last year", "H1 of FY25" are that year's half, as "Q1 of 2024" already was a
quarter of its year; the code had been read alone, in the year of publication (or the one before),
and the year apart as a whole year. "H1 2024" and a lone "H1" read as before, and so does an "of"
that opens a clause after a comma ("H1, of which ...").
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 9, 20)


def _days(text: str) -> list[tuple[str, str]]:
    return [(p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coffee exports rose in H1 of 2024.", [("2024-01-01", "2024-06-30")]),
        ("Coffee exports rose in H2 of 2023.", [("2023-07-01", "2023-12-31")]),
        ("Coffee exports rose in H1 of last year.", [("2024-01-01", "2024-06-30")]),
        ("Coffee exports rose in H1 of FY25.", [("2024-07-01", "2024-12-31")]),
    ],
)
def test_half_code_of_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coffee exports rose in H1 2024.", [("2024-01-01", "2024-06-30")]),
        ("Coffee exports rose in H1.", [("2025-01-01", "2025-06-30")]),
        (
            "Coffee exports rose in H1, of which 2024 saw most.",
            [("2025-01-01", "2025-06-30"), ("2024-01-01", "2024-12-31")],
        ),
        ("Coffee exports rose in Q1 of 2024.", [("2024-01-01", "2024-03-31")]),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert _days(text) == expected


def test_trade_figure_of_a_half_code_of_a_year() -> None:
    text = "Vietnam's exports to Japan reached $12.4 billion in H1 of 2024, up 5.2%."
    assert facts(text, PUB) == {fact("exports", "VNM", "JPN", "2024-01-01", "2024-06-30", 12.4e9, "USD", 5.2)}
