"""A fiscal year's label and the month it ended, told by the participle alone, written for these tests.

"fiscal 2022, which ended in March" was already the twelve months to March. Indian and African copy
also writes the end with "ended" or "ending" alone, in brackets, after a comma or right after the
label: "FY2024 (ended March 2024)", "FY 2023-24, ended March 31, 2024", "fiscal 2024 ending
September". These are now the twelve months to that month; the label had been read by the default
July start, and the month in brackets as a month of its own. A participle before no month ("FY2024,
ending a run of growth"), an unclosed bracket, another clause's year ("FY2024 as the year ended in
March") and "(April-March)" read as before.
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
        ("Exports rose in FY2024 (ended March 2024).", [("2023-04-01", "2024-03-31")]),
        ("Exports rose in FY2024 (ended March 31, 2024).", [("2023-04-01", "2024-03-31")]),
        ("Exports rose in FY2024 (ending March).", [("2023-04-01", "2024-03-31")]),
        ("Exports rose in FY2024, ended March 2024.", [("2023-04-01", "2024-03-31")]),
        ("Exports rose in FY 2023-24 ending March 31, 2024.", [("2023-04-01", "2024-03-31")]),
        ("Exports rose in fiscal 2024 ending September.", [("2023-10-01", "2024-09-30")]),
    ],
)
def test_fiscal_label_ended_by_a_participle(text: str, expected: list[tuple[str, str]]) -> None:
    assert _days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose in fiscal 2024, which ended in March.", [("2023-04-01", "2024-03-31")]),
        ("Exports rose in FY2024, ending a run of growth.", [("2023-07-01", "2024-06-30")]),
        ("Exports rose in FY2024 (April-March).", [("2023-04-01", "2024-03-31")]),
        (
            "Exports rose in FY2024 (ended March 2024 and more).",
            [("2023-07-01", "2024-06-30"), ("2024-03-01", "2024-03-31")],
        ),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert _days(text) == expected


def test_trade_figure_of_a_fiscal_label_ended_in_brackets() -> None:
    text = "Kenya's exports to Uganda rose 12% to $1.6 billion in FY2024 (ended March 2024)."
    assert facts(text, PUB) == {fact("exports", "KEN", "UGA", "2023-04-01", "2024-03-31", 1.6e9, "USD", 12.0)}
