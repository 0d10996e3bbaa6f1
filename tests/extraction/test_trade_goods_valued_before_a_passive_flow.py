"""Goods valued by the amount after them, as the subject of a passive flow verb, written for these tests.

"Kenyan tea worth Sh25 billion was exported to Pakistan in 2024." gives Kenya's exports to
Pakistan the goods "tea"; the figure had had none (so "Copper worth $3.4 billion was exported
from Zambia to China", "Cashew nuts worth $420 million were exported to Vietnam", "Russian
wheat worth $800 million was imported by Egypt", "In 2024, cashew nuts valued at about $420
million were exported ..."), as the goods of a passive flow verb after its amount were read only
between the amount and the verb ("$3 billion of beef was shipped to China"). _product
(trade_frames.py) now reads, where nothing stands there, the subject the amount values right
before "worth" or "valued at" (_GOODS_WORTH_BEFORE). A subject that names no goods ("Goods
worth ...", "Products worth ...") and goods between the amount and its verb read as before.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 3, 5)
Y24 = ("2024-01-01", "2024-12-31")

VALUED = [
    ("Kenyan tea worth Sh25 billion was exported to Pakistan in 2024.",
     fact("exports", "KEN", "PAK", *Y24, 25e9, "KES", product=True)),
    ("Copper worth $3.4 billion was exported from Zambia to China in 2024.",
     fact("exports", "ZMB", "CHN", *Y24, 3.4e9, "USD", product=True)),
    ("Cashew nuts worth $420 million were exported to Vietnam from Tanzania in 2024.",
     fact("exports", "TZA", "VNM", *Y24, 420e6, "USD", product=True)),
    ("Russian wheat worth $800 million was imported by Egypt in 2024.",
     fact("imports", "EGY", "RUS", *Y24, 800e6, "USD", product=True)),
    ("In 2024, cashew nuts valued at about $420 million were exported to Vietnam from Tanzania.",
     fact("exports", "TZA", "VNM", *Y24, 420e6, "USD", product=True)),
]  # fmt: skip

UNCHANGED = [
    ("Goods worth $1.2 billion were imported from Turkey by Uzbekistan in 2024.",
     fact("imports", "UZB", "TUR", *Y24, 1.2e9, "USD")),
    ("Products worth $2.1 billion were exported to Kenya by Uganda in 2024.",
     fact("exports", "UGA", "KEN", *Y24, 2.1e9, "USD")),
    ("$3 billion of beef was shipped to China from Brazil in 2024.",
     fact("exports", "BRA", "CHN", *Y24, 3e9, "USD", product=True)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VALUED)
def test_the_valued_subject_is_the_goods(text: str, expected: Fact) -> None:
    assert facts(text, PUB) == {expected}


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_passive_flows_read_as_before(text: str, expected: Fact) -> None:
    assert facts(text, PUB) == {expected}
