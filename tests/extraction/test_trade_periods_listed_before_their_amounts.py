"""Periods listed before as many amounts give them one each, written for these tests.

"Egypt's exports to Libya in 2022, 2023 and 2024 were $1.2 billion, $1.5 billion and $1.9 billion,
respectively" now gives the exports EGY-LBY of each year; every amount had taken the last year,
2024 (three facts of one year), while periods listed after the amounts ("$1.5 billion and $1.9
billion in 2023 and 2024, respectively") were already paired. The periods may open the sentence
("In 2023 and 2024, X's exports to Y stood at ..."), and with no "respectively" the amounts must
end the clause. Amounts of other flows, sides or goods ("exports to Libya and imports from Libya in
2024 were ..."), an amount after the list, and amounts of no trade read as before. Facts are
compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y22 = ("2022-01-01", "2022-12-31")
Y23 = ("2023-01-01", "2023-12-31")
Y24 = ("2024-01-01", "2024-12-31")

BEFORE_THE_AMOUNTS = [
    ("Egypt's exports to Libya in 2022, 2023 and 2024 were $1.2 billion, $1.5 billion and $1.9 billion, "
     "respectively.",
     [fact("exports", "EGY", "LBY", *Y22, 1.2e9, "USD"),
      fact("exports", "EGY", "LBY", *Y23, 1.5e9, "USD"),
      fact("exports", "EGY", "LBY", *Y24, 1.9e9, "USD")]),
    ("In 2023 and 2024, Chile's imports from Vietnam stood at $1.5 billion and $1.9 billion respectively.",
     [fact("imports", "CHL", "VNM", *Y23, 1.5e9, "USD"),
      fact("imports", "CHL", "VNM", *Y24, 1.9e9, "USD")]),
    ("Trade between Ghana and Togo in 2023 and 2024 was $700 million and $820 million, according to "
     "the statistics service.",
     [fact("turnover", "GHA", "TGO", *Y23, 700e6, "USD"),
      fact("turnover", "GHA", "TGO", *Y24, 820e6, "USD")]),
]  # fmt: skip

UNCHANGED = [
    ("Egypt's exports to Libya and imports from Libya in 2024 were $1.9 billion and $0.6 billion, "
     "respectively.",
     [fact("exports", "EGY", "LBY", *Y24, 1.9e9, "USD"),
      fact("imports", "EGY", "LBY", *Y24, 0.6e9, "USD")]),
    ("Egypt's exports to Libya were $1.5 billion and $1.9 billion in 2023 and 2024, respectively.",
     [fact("exports", "EGY", "LBY", *Y23, 1.5e9, "USD"),
      fact("exports", "EGY", "LBY", *Y24, 1.9e9, "USD")]),
    ("In 2023 and 2024, Kenya and Uganda signed deals worth $1.5 billion and $1.9 billion respectively.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BEFORE_THE_AMOUNTS)
def test_periods_listed_before_their_amounts(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_lists_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
