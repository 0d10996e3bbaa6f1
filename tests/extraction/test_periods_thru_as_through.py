"""US copy's "thru" read as "through", written for these tests.

"January thru April 2025", "Jan thru Sept 2024", "2022 thru 2024" and "thru November" are runs of
months and years and a running total, as the same words with "through" already were; "thru" had
been no range word, so only the last month was read (with the first apart, or nothing at all).
"through" and a word that only opens on the letters ("thrushes") read as before.
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
        ("Exports rose in January thru April 2025.", [("2025-01-01", "2025-04-30")]),
        ("Exports rose in Jan thru Sept 2024.", [("2024-01-01", "2024-09-30")]),
        ("Exports rose in 2022 thru 2024.", [("2022-01-01", "2024-12-31")]),
        ("Exports rose thru November.", [("2024-01-01", "2024-11-30")]),
        ("Exports rose in 2024 thru November.", [("2024-01-01", "2024-11-30")]),
    ],
)
def test_thru_is_through(text: str, expected: list[tuple[str, str]]) -> None:
    assert _days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose in January through April 2025.", [("2025-01-01", "2025-04-30")]),
        (
            "Exports rose in January, thrushes sang in April.",
            [("2025-01-01", "2025-01-31"), ("2025-04-01", "2025-04-30")],
        ),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert _days(text) == expected


def test_trade_figure_of_months_thru_months() -> None:
    text = "US exports to Mexico rose 6% to $110 billion in January thru April 2025."
    assert facts(text, PUB) == {fact("exports", "USA", "MEX", "2025-01-01", "2025-04-30", 110e9, "USD", 6.0)}
