"""The last months "of the year", written for these tests.

"the last two months of the year" is the year's November and December (of the year the story's
has last ended, as "the second half of the year" is), as "the last two months of 2024" already was;
"the last ... months" had been read as the months before publication, the "of the year" dropped.
"the last two months" alone, "the past two months of the year", "of the yearly cycle" and "of the
year-long slump" read as before.
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
        ("Exports rose in the last two months of the year.", [("2024-11-01", "2024-12-31")]),
        ("Exports rose in the last three months of the year.", [("2024-10-01", "2024-12-31")]),
    ],
)
def test_last_months_of_the_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose in the last two months.", [("2025-04-01", "2025-05-31")]),
        ("Exports rose in the past two months of the year.", [("2025-04-01", "2025-05-31")]),
        ("Exports rose in the last two months of the yearly cycle.", [("2025-04-01", "2025-05-31")]),
        ("Exports rose in the last three months of the year-long slump.", [("2025-03-01", "2025-05-31")]),
        ("Exports rose in the last two months of 2024.", [("2024-11-01", "2024-12-31")]),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert _days(text) == expected


def test_trade_figure_of_the_last_months_of_the_year() -> None:
    text = "Ghana's exports to Togo rose 9% to $210 million in the last three months of the year."
    assert facts(text, PUB) == {fact("exports", "GHA", "TGO", "2024-10-01", "2024-12-31", 210e6, "USD", 9.0)}
