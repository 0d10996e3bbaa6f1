""" "Since the start of 2025" and "since January 2025" are the year so far, written for these tests.

In a story of 12 June 2025, "Kenya's exports to Uganda reached Sh60 billion since the start of 2025."
now gives January-May 2025, as "since the beginning of the year" already did; the year after "the
start of" had been a time "of" a noun and the figure was dropped. So do "since the beginning of
this year", "since the start of the current year" (periods._SO_FAR_BEFORE and _SINCE_START_OF, the
period told from its "since") and "since January 2025" when 2025 is the year of publication (as
"since January" is). "since January 2024" in a 2025 story (no year so far), "since the start of
the year" and "so far in 2025" read as before. Facts are compared as sets of (flow, reporter,
partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
SO_FAR = ("2025-01-01", "2025-05-31")
KENYA = "Kenya's exports to Uganda have totalled Sh60 billion "
FIGURE = [fact("exports", "KEN", "UGA", *SO_FAR, 60e9, "KES")]

SO_FAR_TOLD = [
    (KENYA + "since the start of 2025.", FIGURE),
    (KENYA + "since the beginning of 2025.", FIGURE),
    (KENYA + "since the start of this year.", FIGURE),
    (KENYA + "since the start of the current year.", FIGURE),
    (KENYA + "since January 2025.", FIGURE),
    (KENYA + "since January 2025, up 12 percent.",
     [fact("exports", "KEN", "UGA", *SO_FAR, 60e9, "KES", 12.0)]),
    ("Kenya's exports to Uganda have risen to Sh60 billion since the start of 2025, from Sh40 billion in the "
     "same period of 2024.",
     [*FIGURE, fact("exports", "KEN", "UGA", "2024-01-01", "2024-05-31", 40e9, "KES")]),
]  # fmt: skip

UNCHANGED = [
    (KENYA + "since January 2024.", []),
    (KENYA + "since the beginning of the year.", FIGURE),
    (KENYA + "so far in 2025.", FIGURE),
]


@pytest.mark.parametrize(("text", "expected"), SO_FAR_TOLD)
def test_since_the_start_of_a_named_year_is_the_year_so_far(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_spans_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
