"""A comparison whose words before the compared amount run long, written for these tests.

"Egypt's exports to Libya reached $1.9 billion in 2024, compared with the corresponding figure
of $1.5 billion." now gives the 2023 exports of $1.5 billion; it had given a second figure of
2024, as "compared with" lay more than 40 characters before the amount and the comparison was
not seen. `mark_comparisons` (trade_links.py) now looks `_COMPARED_REACH` (64) characters back
for `COMPARISON_BEFORE`, whose words between the comparison and the amount stay the few it
lists (articles, "previous", "year's", "corresponding", "figure", "of"...). A figure of its own
after another flow ("while imports from Libya stood at $0.4 billion") and an amount of its own
after a far "from" read as before. Facts are compared as sets of (flow, reporter, partner,
start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 8, 12)
Y24 = ("2024-01-01", "2024-12-31")
Y23 = ("2023-01-01", "2023-12-31")

LONG = [
    ("Egypt's exports to Libya reached $1.9 billion in 2024, compared with the corresponding "
     "figure of $1.5 billion.",
     [fact("exports", "EGY", "LBY", *Y24, 1.9e9, "USD"), fact("exports", "EGY", "LBY", *Y23, 1.5e9, "USD")]),
    ("Kenya's exports to Uganda climbed to Sh45 billion last year as compared with the previous "
     "year's comparable figure of Sh40 billion.",
     [fact("exports", "KEN", "UGA", *Y24, 45e9, "KES"), fact("exports", "KEN", "UGA", *Y23, 40e9, "KES")]),
]  # fmt: skip

UNCHANGED = [
    ("Egypt's exports to Libya reached $1.9 billion in 2024, compared with 2023, while imports "
     "from Libya stood at $0.4 billion.",
     [fact("exports", "EGY", "LBY", *Y24, 1.9e9, "USD"), fact("imports", "EGY", "LBY", *Y24, 0.4e9, "USD")]),
    ("Egypt's exports to Libya reached $1.9 billion in 2024, up from $1.5 billion in 2023.",
     [fact("exports", "EGY", "LBY", *Y24, 1.9e9, "USD"), fact("exports", "EGY", "LBY", *Y23, 1.5e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LONG)
def test_a_long_comparison_dates_the_compared_amount(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_figures_of_their_own_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
