"""A figure told as a multiple "as much as" an earlier year's, or "N times" its level, written for
these tests.

"Kenya's exports to Uganda reached $600 million in 2024, twice as much as in 2023." gives the 2024
figure a change of +100 ("half as much as in 2023" -50, "three times the 2020 level" +200); the
year after "as much as" or "times the" had been read as a period of the figure's own, so the change
was taken for another period's and dropped, and "twice" and "half" before "as much as" had been no
change at all. The period after "N as much as" is the one compared with
(periods._after_comparison_marker), "times" before a year's level marks it as the level compared
with (periods._LEVEL_VERBS), and "twice"/"half" before "as much as" an earlier period are multiples
of it (change._as_much_as_earlier). A multiple of another country's figure ("twice as much as
Tanzania's"), "as much as in 2023" without a multiple and "1.5 times as much as in 2023" (+50) read
as before. Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
HEAD = "Kenya's exports to Uganda reached $600 million in 2024, "


def _fig(change: float | None = None) -> Fact:
    return fact("exports", "KEN", "UGA", "2024-01-01", "2024-12-31", 6e8, "USD", change)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEAD + "twice as much as in 2023.", [_fig(100.0)]),
        (HEAD + "half as much as in 2023.", [_fig(-50.0)]),
        (HEAD + "three times the 2020 level.", [_fig(200.0)]),
        # as before
        (HEAD + "1.5 times as much as in 2023.", [_fig(50.0)]),
        (HEAD + "twice as much as Tanzania's.", [_fig()]),
        (HEAD + "as much as in 2023.", [_fig()]),
        (HEAD + "double that of 2023.", [_fig(100.0)]),
    ],
)
def test_multiple_as_much_as(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
