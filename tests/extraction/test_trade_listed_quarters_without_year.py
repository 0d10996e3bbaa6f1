"""Quarters or halves listed with no year of their own, written for these tests.

"Kenya's exports to Uganda in the first and second quarters were Sh45 billion and Sh49 billion,
respectively." gives the first amount the first quarter and the second the second quarter of
the publication year; the second had taken the first quarter too, as a part named without a
year and as long as the story's period just told ("the same nine months") was read as that
period. `_ORDINAL_PART` (trade.py), the ordinal parts that stay their own, now takes plural
nouns ("second quarters", "halves") and a bare ordinal listed before them ("first"). A part
with its year ("in the first and second quarters of 2024") and a span told again ("over the
nine months" after a total of January-September) read as before. Facts are compared as sets
of (flow, reporter, partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 9, 12)
Q1 = ("2025-01-01", "2025-03-31")
Q2 = ("2025-04-01", "2025-06-30")

LISTED = [
    ("Kenya's exports to Uganda in the first and second quarters were Sh45 billion and Sh49 "
     "billion, respectively.",
     [fact("exports", "KEN", "UGA", *Q1, 45e9, "KES"), fact("exports", "KEN", "UGA", *Q2, 49e9, "KES")]),
    ("Exports to Australia in the first and second quarters were $450 million and $490 million, "
     "respectively, the Fiji Bureau of Statistics said.",
     [fact("exports", "FJI", "AUS", *Q1, 450e6, "FJD"), fact("exports", "FJI", "AUS", *Q2, 490e6, "FJD")]),
    ("Kenya's exports to Uganda in the first and second halves were Sh45 billion and Sh49 "
     "billion, respectively.",
     [fact("exports", "KEN", "UGA", "2024-01-01", "2024-06-30", 45e9, "KES"),
      fact("exports", "KEN", "UGA", "2024-07-01", "2024-12-31", 49e9, "KES")]),
]  # fmt: skip

UNCHANGED = [
    ("Kenya's exports to Uganda in the first and second quarters of 2024 were Sh45 billion and "
     "Sh49 billion, respectively.",
     [fact("exports", "KEN", "UGA", "2024-01-01", "2024-03-31", 45e9, "KES"),
      fact("exports", "KEN", "UGA", "2024-04-01", "2024-06-30", 49e9, "KES")]),
    ("Kenya's exports to Uganda reached Sh45 billion in January-June 2025. Exports to Tanzania "
     "over the six months were Sh30 billion.",
     [fact("exports", "KEN", "UGA", "2025-01-01", "2025-06-30", 45e9, "KES"),
      fact("exports", "KEN", "TZA", "2025-01-01", "2025-06-30", 30e9, "KES")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_each_listed_part_dates_its_own_amount(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_parts_with_a_year_and_spans_told_again_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
