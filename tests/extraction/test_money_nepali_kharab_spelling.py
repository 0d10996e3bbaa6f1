"""The Nepali hundred arba spelt "kharab", written for these tests.

Nepali copy in English counts large rupee sums in arba (a hundred crore) and kharba (a hundred
arba), and spells the latter "kharab" as often: "Rs 1.4 kharab" had given no amount, so the
figure was lost. "arab", the same spelling of arba, is left out: read case-blind, "5 Arab
states" would become five billion. Facts are compared as sets of (flow, reporter, partner,
start, end, value, currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

from orchestration.extraction.money import find_money

PUB = date(2025, 2, 20)

KHARAB = [
    ("Nepal's imports from China climbed to Rs 2.4 kharab in 2024.", PUB,
     [fact("imports", "NPL", "CHN", "2024-01-01", "2024-12-31", 2.4e11, "NPR")]),
    ("Nepal's trade deficit with India widened as imports from India hit Rs 1.37 kharab in 2024.", PUB,
     [fact("imports", "NPL", "IND", "2024-01-01", "2024-12-31", 1.37e11, "NPR")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), KHARAB)
def test_kharab_is_a_hundred_arba(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


def test_arab_after_a_number_stays_a_word() -> None:
    assert [m.value for m in find_money("Rs 40 billion went to 5 Arab states.")] == [40e9]
