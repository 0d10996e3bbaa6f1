"""A figure told as a multiple of an earlier year's level with no verb, written for these tests.

"Kenya's exports to Uganda reached $600 million in 2024, double the 2023 level." gives the 2024
figure a change of +100 ("half the 2023 level" -50, "twice the 2023 figure" +100, "double last
year's level" +100, "double the 2023 level of $300 million" +100 beside the 2023
figure), as "doubling the 2023 level" did; the year after the multiple had been read
as a period of its own, so the change was taken for another period's and dropped. The year before
"level" or "figure" after "double", "twice", "triple", "half" is the level compared with
(periods._LEVEL_VERBS), "half the" before an amount marks the amount compared with as "double the"
does (trade_lexicon.COMPARISON_BEFORE: "half the 2023 figure of $1.2 billion" is the 2023 figure),
and "last year's level" is an earlier level after a multiple (change._LEVEL_AFTER). A hedged
multiple ("nearly double") stays unsized, and a multiple of something else gives no change.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")
Y23 = ("2023-01-01", "2023-12-31")
HEAD = "Kenya's exports to Uganda reached $600 million in 2024, "

SIZED = [
    (HEAD + "double the 2023 level.", [fact("exports", "KEN", "UGA", *Y24, 6e8, "USD", 100.0)]),
    (HEAD + "half the 2023 level.", [fact("exports", "KEN", "UGA", *Y24, 6e8, "USD", -50.0)]),
    (HEAD + "twice the 2023 figure.", [fact("exports", "KEN", "UGA", *Y24, 6e8, "USD", 100.0)]),
    (HEAD + "double last year's level.", [fact("exports", "KEN", "UGA", *Y24, 6e8, "USD", 100.0)]),
    (HEAD + "twice the 2023 level, and imports from Uganda $200 million.",
     [fact("exports", "KEN", "UGA", *Y24, 6e8, "USD", 100.0),
      fact("imports", "KEN", "UGA", *Y24, 2e8, "USD")]),
    (HEAD + "half the 2023 figure of $1.2 billion.",
     [fact("exports", "KEN", "UGA", *Y24, 6e8, "USD", -50.0),
      fact("exports", "KEN", "UGA", *Y23, 1.2e9, "USD")]),
    (HEAD + "double the 2023 level of $300 million.",
     [fact("exports", "KEN", "UGA", *Y24, 6e8, "USD", 100.0),
      fact("exports", "KEN", "UGA", *Y23, 3e8, "USD")]),
]  # fmt: skip

UNCHANGED = [
    (HEAD + "nearly double the 2023 level.", [fact("exports", "KEN", "UGA", *Y24, 6e8, "USD")]),
    (HEAD + "double the level of 2023.", [fact("exports", "KEN", "UGA", *Y24, 6e8, "USD", 100.0)]),
    (HEAD + "half the EU average.", [fact("exports", "KEN", "UGA", *Y24, 6e8, "USD")]),
    (HEAD + "double last year's exports to Rwanda.", [fact("exports", "KEN", "UGA", *Y24, 6e8, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SIZED + UNCHANGED)
def test_multiple_of_an_earlier_level(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
