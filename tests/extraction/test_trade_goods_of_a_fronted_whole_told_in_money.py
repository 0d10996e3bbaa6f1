"""The goods of a part after a fronted whole told by its amount, written for these tests.

"Of Peru's US$24.3 billion in exports to China in 2024, copper accounted for US$13.9 billion."
gives the part the goods "copper" beside the whole's US$24.3 billion; the part had had no goods
(a figure of all goods the whole already is), as the goods of a part after a fronted whole were
read only where the flow noun follows "Of" and its determiners ("Of the exports to the US, paper
and paperboard accounted for ..."), and the whole's amount stood between. trade_frames'
_WHOLE_BEFORE now takes the whole's amount and "in"/"of"/"worth of" before the flow noun, and a
possessive of up to three capitalised words ("Of South Africa's R120.5 billion in exports to
China, iron ore and manganese made up R70 billion"), and _goods_of_a_told_whole looks 60
characters back for it. A part named by its country ("Of Chile's $94 billion in exports, China
accounted for $38 billion") and a part with no share verb read as before. Facts are compared as
sets of (flow, reporter, partner, start, end, value, currency, change_pct, has_product);
turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")

PARTS = [
    ("Of Peru's US$24.3 billion in exports to China in 2024, copper accounted for US$13.9 billion.",
     [fact("exports", "PER", "CHN", *Y24, 24.3e9, "USD"),
      fact("exports", "PER", "CHN", *Y24, 13.9e9, "USD", product=True)]),
    ("Of Kenya's Sh130 billion in exports to Uganda in 2024, tea accounted for Sh20 billion.",
     [fact("exports", "KEN", "UGA", *Y24, 130e9, "KES"),
      fact("exports", "KEN", "UGA", *Y24, 20e9, "KES", product=True)]),
    ("Of South Africa's R120.5 billion in exports to China in 2024, iron ore and manganese made up "
     "R70 billion.",
     [fact("exports", "ZAF", "CHN", *Y24, 120.5e9, "ZAR"),
      fact("exports", "ZAF", "CHN", *Y24, 70e9, "ZAR", product=True)]),
]  # fmt: skip

UNCHANGED = [
    ("Of Chile's $94 billion in exports in 2024, China accounted for $38 billion.",
     [fact("exports", "CHL", "CHN", *Y24, 38e9, "USD")]),
    ("Of Chile's $94 billion in exports in 2024, China took $38 billion and the United States $16 "
     "billion.",
     [fact("exports", "CHL", "CHN", *Y24, 38e9, "USD"), fact("exports", "CHL", "USA", *Y24, 16e9, "USD")]),
    ("Of Peru's US$24.3 billion in exports to China in 2024, about US$13.9 billion, or 57%, was copper.",
     [fact("exports", "PER", "CHN", *Y24, 24.3e9, "USD"),
      fact("exports", "PER", "CHN", *Y24, 13.9e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_the_parts_goods_are_read_after_a_whole_told_in_money(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_parts_of_a_fronted_whole_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
