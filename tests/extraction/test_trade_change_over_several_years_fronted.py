"""A change over several years told after a fronted span is no figure's change, written for these tests.

"Over the past five years, trade between Kazakhstan and Turkey has grown 1.5-fold, reaching $6.4
billion in 2024." gives the 2024 turnover no change, as "has grown 1.5-fold over the past five
years, reaching ..." already did (the change is over five years, not against the year before);
it had given +50 (so "In the last decade, Kenya's exports to Uganda have tripled to Sh145 billion
in 2024" had given +200). assign_changes (trade_links.py) leaves out a change of the first clause
when the sentence opens with such a span and its comma (_SEVERAL_YEARS_OPENING, the words of
_SEVERAL_YEARS_AFTER). A change in a later clause ("...; in 2024 it rose 12% to $6.4 billion"), a
span of one year ("Over the past year, ...") and a change since a named year read as before.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 3, 5)
Y24 = ("2024-01-01", "2024-12-31")

SPANS = [
    ("Over the past five years, trade between Kazakhstan and Turkey has grown 1.5-fold, reaching $6.4 "
     "billion in 2024.",
     fact("turnover", "KAZ", "TUR", *Y24, 6.4e9, "USD")),
    ("In the last decade, Kenya's exports to Uganda have tripled to Sh145 billion in 2024.",
     fact("exports", "KEN", "UGA", *Y24, 145e9, "KES")),
    ("Over the past three years, Kenya's exports to Uganda rose 40% to Sh145 billion in 2024.",
     fact("exports", "KEN", "UGA", *Y24, 145e9, "KES")),
]  # fmt: skip

UNCHANGED = [
    ("Over the past five years, trade between Kazakhstan and Turkey has grown steadily; in 2024 it rose 12% "
     "to $6.4 billion.",
     fact("turnover", "KAZ", "TUR", *Y24, 6.4e9, "USD", 12.0)),
    ("Over the past year, Kenya's exports to Uganda rose 12% to Sh145 billion.",
     fact("exports", "KEN", "UGA", *Y24, 145e9, "KES", 12.0)),
    ("Trade between Kazakhstan and Turkey has grown 1.5-fold over the past five years, reaching $6.4 "
     "billion in 2024.",
     fact("turnover", "KAZ", "TUR", *Y24, 6.4e9, "USD")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_a_change_over_a_fronted_span_of_years_is_no_figures(text: str, expected: Fact) -> None:
    assert facts(text, PUB) == {expected}


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_changes_read_as_before(text: str, expected: Fact) -> None:
    assert facts(text, PUB) == {expected}
