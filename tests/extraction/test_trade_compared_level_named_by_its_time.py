"""A compared level named by its time before its noun is a comparison, written for these tests.

"Egypt's exports to Libya reached $1.9 billion in 2024, against a year-earlier figure of $1.5
billion" now gives the 2023 exports of $1.5 billion as the comparison; it had been a second
figure of 2024, as "year-earlier" between "against" and "figure of" had hidden the comparison
("against the 2023 figure of" already read so). So "up from a year-ago level of", "against a
prior-year total of". A flow of its own at such a level ("imports from Libya stood at a
year-earlier level of ...") reads as before. Facts are compared as sets of (flow, reporter,
partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y23 = ("2023-01-01", "2023-12-31")
Y24 = ("2024-01-01", "2024-12-31")
FIGURE = "Egypt's exports to Libya reached $1.9 billion in 2024, "

NAMED_BY_ITS_TIME = [
    (FIGURE + "against a year-earlier figure of $1.5 billion.",
     [fact("exports", "EGY", "LBY", *Y24, 1.9e9, "USD"), fact("exports", "EGY", "LBY", *Y23, 1.5e9, "USD")]),
    (FIGURE + "up from a year-ago level of $1.5 billion.",
     [fact("exports", "EGY", "LBY", *Y24, 1.9e9, "USD"), fact("exports", "EGY", "LBY", *Y23, 1.5e9, "USD")]),
    (FIGURE + "against a prior-year total of $1.5 billion.",
     [fact("exports", "EGY", "LBY", *Y24, 1.9e9, "USD"), fact("exports", "EGY", "LBY", *Y23, 1.5e9, "USD")]),
]  # fmt: skip

UNCHANGED = [
    (FIGURE + "against the 2023 figure of $1.5 billion.",
     [fact("exports", "EGY", "LBY", *Y24, 1.9e9, "USD"), fact("exports", "EGY", "LBY", *Y23, 1.5e9, "USD")]),
    (FIGURE + "while imports from Libya stood at a year-earlier level of $0.5 billion.",
     [fact("exports", "EGY", "LBY", *Y24, 1.9e9, "USD"), fact("imports", "EGY", "LBY", *Y24, 0.5e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMED_BY_ITS_TIME)
def test_a_level_named_by_its_time_is_compared(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_levels_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
