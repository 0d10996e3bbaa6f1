"""A fiscal-year label in a story of a country whose fiscal year is the calendar year, invented for
these tests.

"Q3 FY25" in a Philippine story quoting its own statistics office is July-September 2025: the
Philippines' fiscal year runs with the calendar year. The reporter's own year had been read in the
default July-June calendar (January-March 2025), as was any country's whose fiscal year the
lexicon did not list; a country listed as a calendar-year one had given way to its partner's
calendar instead. A label over two years ("the 2023-24 fiscal year"), which no calendar-year
country has, is read as before, and so is a label of a country with its own fiscal year.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.periods import find_periods
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 11, 20)


def _spans(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (m.reporter_iso3, m.partner_iso3, m.period_start.isoformat(), m.period_end.isoformat())
        for m in extract_document(text, PUB).trade_mentions
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MANILA, Nov 20 - Philippine shipments to Korea rose 6 percent to $2.4 billion in Q3 FY25, "
            "the Philippine Statistics Authority reported.",
            [("PHL", "KOR", "2025-07-01", "2025-09-30")],
        ),
        (
            "MANILA, Nov 20 - The Philippines' exports to Japan climbed 8 percent to $3.1 billion in "
            "FY2024, the Philippine Statistics Authority reported.",
            [("PHL", "JPN", "2024-01-01", "2024-12-31")],
        ),
        # a reporter with a fiscal year of its own: as before
        (
            "NEW DELHI, Nov 20 - India's exports to the Philippines rose 8 percent to $3.1 billion in "
            "FY25, the commerce ministry reported.",
            [("IND", "PHL", "2024-04-01", "2025-03-31")],
        ),
    ],
)
def test_fiscal_label_in_the_reporter_s_calendar(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose in the 2024-25 fiscal year.", ("2024-07-01", "2025-06-30")),
        ("Sales rose in fiscal year 2024-25.", ("2024-07-01", "2025-06-30")),
        ("Sales rose in FY2024/25.", ("2024-07-01", "2025-06-30")),
        ("Sales rose in FY25.", ("2025-01-01", "2025-12-31")),
    ],
)
def test_a_two_year_label_is_no_calendar_year(text: str, expected: tuple[str, str]) -> None:
    (period,) = find_periods(text, PUB, 1)
    assert (period.period_start.isoformat(), period.period_end.isoformat()) == expected
