"""Levels at the two ends of a span of years, written for these tests.

"Between 2022 and 2024, Kenya's exports to Uganda rose from $1.5 billion to $1.9 billion." now
gives the 2022 exports of $1.5 billion and the 2024 exports of $1.9 billion; it had given the
$1.9 billion to the whole span 2022-2024 and lost the $1.5 billion. So two amounts of one flow
listed for the span ("were $1.5 billion and $1.9 billion") and a level a change came to ("From
2020 to 2024, exports doubled to $1.9 billion": the 2024 level). `span_ends` (trade_links.py)
dates them, for a span of calendar years told by both its years ("between ... and", "from ...
to"). A total over the span ("totalled $5.1 billion between 2022 and 2024"), two flows listed
for it and a span with no named ends read as before. Facts are compared as sets of (flow,
reporter, partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 8, 12)
Y20 = ("2020-01-01", "2020-12-31")
Y22 = ("2022-01-01", "2022-12-31")
Y24 = ("2024-01-01", "2024-12-31")
SPAN = ("2022-01-01", "2024-12-31")

ENDS = [
    ("Between 2022 and 2024, Kenya's exports to Uganda rose from $1.5 billion to $1.9 billion.",
     [fact("exports", "KEN", "UGA", *Y22, 1.5e9, "USD"), fact("exports", "KEN", "UGA", *Y24, 1.9e9, "USD")]),
    ("Kenya's exports to Uganda rose from $1.5 billion to $1.9 billion between 2022 and 2024.",
     [fact("exports", "KEN", "UGA", *Y22, 1.5e9, "USD"), fact("exports", "KEN", "UGA", *Y24, 1.9e9, "USD")]),
    ("Thailand's imports from Laos rose to 60 billion baht from 45 billion baht between 2022 and 2024.",
     [fact("imports", "THA", "LAO", *Y24, 60e9, "THB"), fact("imports", "THA", "LAO", *Y22, 45e9, "THB")]),
    ("Between 2022 and 2024, Kenya's exports to Uganda were $1.5 billion and $1.9 billion.",
     [fact("exports", "KEN", "UGA", *Y22, 1.5e9, "USD"), fact("exports", "KEN", "UGA", *Y24, 1.9e9, "USD")]),
    ("From 2020 to 2024, Kenya's exports to Uganda doubled to $1.9 billion.",
     [fact("exports", "KEN", "UGA", *Y24, 1.9e9, "USD", 100.0)]),
    ("Kenya's exports to Uganda grew 26% to $1.9 billion between 2020 and 2024.",
     [fact("exports", "KEN", "UGA", *Y24, 1.9e9, "USD", 26.0)]),
]  # fmt: skip

UNCHANGED = [
    ("Kenya's exports to Uganda totalled $5.1 billion between 2022 and 2024.",
     [fact("exports", "KEN", "UGA", *SPAN, 5.1e9, "USD")]),
    ("Between 2022 and 2024, Kenya exported goods worth $5.1 billion to Uganda and imported $1.2 billion.",
     [fact("exports", "KEN", "UGA", *SPAN, 5.1e9, "USD"),
      fact("imports", "KEN", "UGA", *SPAN, 1.2e9, "USD")]),
    ("Kenya's exports to Uganda rose from $1.5 billion in 2020 to $1.9 billion in 2024.",
     [fact("exports", "KEN", "UGA", *Y20, 1.5e9, "USD"), fact("exports", "KEN", "UGA", *Y24, 1.9e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ENDS)
def test_levels_at_a_spans_ends_take_its_end_years(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_totals_over_a_span_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
