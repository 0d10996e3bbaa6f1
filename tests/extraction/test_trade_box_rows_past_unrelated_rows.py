"""A fact box's trade rows below rows of other figures, written for these tests.

Under a box's title that tells the pair's trade ("Kenya-Uganda trade in 2024"), a row of another
figure ("Population: 37 million") had cut the trade rows below it ("Exports: $2.9 billion")
off from the title, and they gave nothing; they now give Kenya's 2024 exports to and imports
from Uganda, as right under the title. `_topic_text` (trade.py) passes over up to two rows of a
number that are no money and no trade (`_row_of_no_trade`: a "Label: value" line) on its way to
the sentence before. A sentence of prose between ("The two countries have 105 million people.")
and a row of no number ("Capital: Nairobi") still part them. Facts are compared as sets of
(flow, reporter, partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 3, 2)
Y24 = ("2024-01-01", "2024-12-31")
ROWS = [fact("exports", "KEN", "UGA", *Y24, 2.9e9, "USD"), fact("imports", "KEN", "UGA", *Y24, 1.1e9, "USD")]
TAIL = "Exports: $2.9 billion\n\nImports: $1.1 billion\n\nOfficials said trade grew."

PASSED = [
    f"Kenya-Uganda trade in 2024\n\nPopulation: 37 million\n\n{TAIL}",
    f"Kenya-Uganda trade in 2024\n\nPopulation: 37 million\n\nGDP growth: 5.6%\n\n{TAIL}",
]

UNCHANGED = [
    (f"Kenya-Uganda trade in 2024\n\n{TAIL}", ROWS),
    (f"Kenya-Uganda trade in 2024\n\nThe two countries have 105 million people.\n\n{TAIL}", []),
    (f"Kenya-Uganda trade in 2024\n\nCapital: Nairobi\n\n{TAIL}", []),
]


@pytest.mark.parametrize("text", PASSED)
def test_trade_rows_stay_under_the_title(text: str) -> None:
    assert facts(text, PUB) == set(ROWS)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_prose_and_wordy_rows_still_part_them(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
