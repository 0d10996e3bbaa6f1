"""A fiscal year told "so far", written for these tests.

"in FY25 so far", "so far this fiscal year", "the current financial year to date", "FYTD" and
"fiscal year-to-date" are the fiscal year from its first month to the month before publication
(or to the month a following "through <month>" names), as "so far this year" is the calendar
year to the month before publication. They had been the whole fiscal year ("FY25 so far"), the
calendar year so far ("the fiscal year to date"), or nothing ("FYTD"). A fiscal year without such
words, a fiscal year that had not started or had ended at publication, and the calendar year so
far read as before. Fiscal years start in July unless the caller says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 12)


def _periods(text: str, fiscal_start_month: int | None = None) -> list[tuple[str, str, str]]:
    return [
        (p.text, p.period_start.isoformat(), p.period_end.isoformat())
        for p in find_periods(text, PUB, fiscal_start_month)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tea exports were $2.1bn in FY25 so far.", [("FY25 so far", "2024-07-01", "2025-05-31")]),
        ("Tea exports were $2.1bn so far this fiscal year.",
         [("this fiscal year", "2024-07-01", "2025-05-31")]),
        ("Tea exports were $2.1bn so far in the current financial year.",
         [("the current financial year", "2024-07-01", "2025-05-31")]),
        ("Tea exports were $2.1bn in the current fiscal year to date.",
         [("the current fiscal year to date", "2024-07-01", "2025-05-31")]),
        ("Tea exports were $2.1bn in FYTD, the ministry said.", [("FYTD", "2024-07-01", "2025-05-31")]),
        ("Tea exports were $2.1bn in the fiscal year to date.",
         [("fiscal year to date", "2024-07-01", "2025-05-31")]),
        ("Tea exports were $2.1bn fiscal year-to-date through March.",
         [("fiscal year-to-date through March", "2024-07-01", "2025-03-31")]),
        ("Tea exports were $2.1bn in FY2025 YTD.", [("FY2025 YTD", "2024-07-01", "2025-05-31")]),
    ],
)  # fmt: skip
def test_fiscal_year_so_far(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _periods(text) == expected


def test_fiscal_year_so_far_of_an_april_year() -> None:
    assert _periods("Exports to Nepal stood at Rs 9,000 crore in FY26 so far.", 4) == [
        ("FY26 so far", "2025-04-01", "2025-05-31")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tea exports were $2.1bn in FY25.", [("FY25", "2024-07-01", "2025-06-30")]),
        # a year not yet started, or over, at publication is the whole year
        ("Tea exports seen at $2.4bn in FY26 so far ahead.", [("FY26 so far", "2025-07-01", "2026-06-30")]),
        ("Tea exports were $2bn in FY24 so far as is known.", [("FY24 so far", "2023-07-01", "2024-06-30")]),
        ("Tea exports were $2.1bn so far this year.", [("so far this year", "2025-01-01", "2025-05-31")]),
        ("Tea exports were $2.1bn in the year to date.", [("year to date", "2025-01-01", "2025-05-31")]),
        ("Tea exports were $2.1bn in the current fiscal year (July-March).",
         [("the current fiscal year (July-March)", "2024-07-01", "2025-03-31")]),
    ],
)  # fmt: skip
def test_as_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    # the days only: a year over at publication takes its "so far" in, its days unchanged
    assert [days for _, *days in _periods(text)] == [days for _, *days in expected]


def test_trade_figure_so_far_after_a_whole_fiscal_year() -> None:
    text = (
        "Pakistan's exports to China reached $2.1 billion in FY24, and have reached $1.5 billion so far "
        "this fiscal year."
    )
    assert facts(text, PUB) == {
        fact("exports", "PAK", "CHN", "2023-07-01", "2024-06-30", 2.1e9, "USD"),
        fact("exports", "PAK", "CHN", "2024-07-01", "2025-05-31", 1.5e9, "USD"),
    }
