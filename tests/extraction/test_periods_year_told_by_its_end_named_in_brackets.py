"""A year told by the month it ended, its label after it in brackets, written for these tests.

Indian and Pakistani copy names the twelve months it has told by their end: "the fiscal year ended
March 31, 2025 (FY25)", "the year to March 2025 (FY25)". The label in brackets only names those
months; read by its own default (a July start) it had replaced them (July 2024-June 2025) or moved
them a year on (April 2025-March 2026). The months told now stand. A run of months of a labelled
year ("July-February of the current fiscal year (FY2025-26)"), a quarter named by its code ("the
three months to March (Q1 2025)") and a year without a bracket read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 12)


def _days(text: str) -> list[tuple[str, str]]:
    return [(p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose in the fiscal year ended March 31, 2025 (FY25).", [("2024-04-01", "2025-03-31")]),
        ("Exports rose in the fiscal year ended March 2025 (FY2024-25).", [("2024-04-01", "2025-03-31")]),
        ("Exports rose in the year ended March 31, 2025 (FY25).", [("2024-04-01", "2025-03-31")]),
        ("Exports rose in the year to March 31, 2025 (FY25).", [("2024-04-01", "2025-03-31")]),
        ("Exports rose in the 12 months to March 2025 (FY25).", [("2024-04-01", "2025-03-31")]),
    ],
)
def test_year_told_by_its_end_keeps_its_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert _days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose in the year ended March 31, 2025.", [("2024-04-01", "2025-03-31")]),
        ("Exports rose in the year ended September 30, 2024 (FY2024).", [("2023-10-01", "2024-09-30")]),
        ("Exports rose in FY25 (year ended March 31, 2025).", [("2024-04-01", "2025-03-31")]),
        ("Exports rose in the three months to March (Q1 2025).", [("2025-01-01", "2025-03-31")]),
        (
            "Exports rose in July-January of the current fiscal year (FY2025-26).",
            [("2025-07-01", "2026-01-31")],
        ),
        ("Exports rose in the current fiscal year (2024-25).", [("2024-07-01", "2025-06-30")]),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert _days(text) == expected


def test_trade_figure_of_a_year_told_by_its_end() -> None:
    text = "Kenya's exports to Uganda rose 12% to $1.6 billion in the year ended March 31, 2025 (FY25)."
    assert facts(text, PUB) == {fact("exports", "KEN", "UGA", "2024-04-01", "2025-03-31", 1.6e9, "USD", 12.0)}
