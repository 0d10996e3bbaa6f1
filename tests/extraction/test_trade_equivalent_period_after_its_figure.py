"""A pronoun's figure in "the corresponding period" of an earlier year, written for these tests.

After "Kenya's exports to Uganda reached $600 million in January-May.", "In the corresponding period
of 2024, they stood at $577 million." gives the January-May 2024 exports KEN-UGA (so "the equivalent
period", "the comparable period"), as "In the same period of 2024, they stood at ..." already did;
the word before "period" had been no word a clause without a subject of its own may hold
(trade_lexicon.CONTINUATION_WORDS), so "they" was not read as the exports told before and the
sentence gave nothing. "the equivalent period" and "the like period" are also read by the period
grammar as "the same period" is (periods._PERIOD). A clause with a subject of its own
("Tanzania's, in the equivalent period, stood at ...") reads as before. Facts are compared as sets
of (flow, reporter, partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 12)
FIRST = "Kenya's exports to Uganda reached $600 million in January-May. "
THIS = fact("exports", "KEN", "UGA", "2025-01-01", "2025-05-31", 6e8, "USD")
BEFORE = fact("exports", "KEN", "UGA", "2024-01-01", "2024-05-31", 5.77e8, "USD")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FIRST + "In the corresponding period of 2024, they stood at $577 million.", [THIS, BEFORE]),
        (FIRST + "In the equivalent period of 2024, they stood at $577 million.", [THIS, BEFORE]),
        (FIRST + "In the comparable period of 2024, they stood at $577 million.", [THIS, BEFORE]),
        # as before
        (FIRST + "In the same period of 2024, they stood at $577 million.", [THIS, BEFORE]),
        (FIRST + "Tanzania's, in the equivalent period, stood at $577 million.", [THIS]),
    ],
)
def test_figure_of_the_equivalent_period(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize("word", ["equivalent", "like"])
def test_period_grammar(word: str) -> None:
    text = f"Exports reached $600 million in January-May, against $577 million in the {word} period of 2024."
    periods = [
        (p.period_start.isoformat(), p.period_end.isoformat(), p.comparison) for p in find_periods(text, PUB)
    ]
    assert periods == [("2025-01-01", "2025-05-31", False), ("2024-01-01", "2024-05-31", True)]
