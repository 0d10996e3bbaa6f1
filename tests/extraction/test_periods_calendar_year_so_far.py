"""A calendar year told "so far", written for these tests.

"in 2025 so far", "so far in 2025", "in 2025 to date", "2025 YTD" and "this year so far" in a story
of June 2025 are 1 January to 31 May 2025, as "so far this year" already was (to the month a
following "through <month>" names); they had been the whole of 2025. A year other than the year of
publication ("in 2024 so far", "from 2020 to date", "last year so far"), a year without such words,
and "so far" in another clause read as before.
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
        ("Tea exports were $2.1bn in 2025 so far.", [("2025-01-01", "2025-05-31")]),
        ("Tea exports were $2.1bn so far in 2025.", [("2025-01-01", "2025-05-31")]),
        ("So far in 2025, tea exports were $2.1bn.", [("2025-01-01", "2025-05-31")]),
        ("Tea exports were $2.1bn in 2025 to date.", [("2025-01-01", "2025-05-31")]),
        ("Tea exports were $2.1bn in 2025 YTD.", [("2025-01-01", "2025-05-31")]),
        ("Tea exports were $2.1bn this year so far.", [("2025-01-01", "2025-05-31")]),
        ("Tea exports were $2.1bn in 2025 so far through April.", [("2025-01-01", "2025-04-30")]),
    ],
)
def test_year_so_far(text: str, expected: list[tuple[str, str]]) -> None:
    assert _days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tea exports were $2.1bn so far this year.", [("2025-01-01", "2025-05-31")]),
        ("Tea exports were $2.1bn in 2025.", [("2025-01-01", "2025-12-31")]),
        ("Tea exports were $2.1bn in 2024 so far as is known.", [("2024-01-01", "2024-12-31")]),
        ("Tea exports were $2.1bn last year so far as is known.", [("2024-01-01", "2024-12-31")]),
        ("Tea exports have grown from 2020 to date.", [("2020-01-01", "2020-12-31")]),
        ("So far, 2025 has been a good year.", [("2025-01-01", "2025-12-31")]),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert _days(text) == expected


def test_trade_figure_of_the_year_so_far() -> None:
    text = "Kenya's exports to Uganda reached $600 million in 2025 so far, up 4%."
    assert facts(text, PUB) == {fact("exports", "KEN", "UGA", "2025-01-01", "2025-05-31", 6e8, "USD", 4.0)}
