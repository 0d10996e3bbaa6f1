"""Periods listed before a subject with no comma pair with the amounts after it, written for these tests.

"In the first and second quarters Zambia's exports to Tanzania were K1.2 billion and K1.5 billion,
respectively." now gives the first quarter for K1.2 billion and the second for K1.5 billion; both
had been the second quarter, as trade_links._VERB_AFTER_PERIODS took a subject between the periods
and the verb only after a comma ("In the first and second quarters, Zambia's exports ..." read
right). A subject with no comma, or the anaphoric "exports to Tanzania" after a sentence naming
the reporter, now reads so too. A list of periods in another clause ("Since 2023 and 2024 brought
new tariffs, ...") and the comma's phrasing read as before. Facts are compared as sets of (flow,
reporter, partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
ZT = ("exports", "ZMB", "TZA")
Q1, Q2 = ("2024-01-01", "2024-03-31"), ("2024-04-01", "2024-06-30")
Y23, Y24 = ("2023-01-01", "2023-12-31"), ("2024-01-01", "2024-12-31")
JAN, FEB = ("2025-01-01", "2025-01-31"), ("2025-02-01", "2025-02-28")
QUARTERS = [fact(*ZT, *Q1, 1.2e9, "ZMW"), fact(*ZT, *Q2, 1.5e9, "ZMW")]
YEARS = [fact(*ZT, *Y23, 1.2e9, "ZMW"), fact(*ZT, *Y24, 1.5e9, "ZMW")]
AMOUNTS = "were K1.2 billion and K1.5 billion, respectively."

NO_COMMA = [
    ("In the first and second quarters Zambia's exports to Tanzania " + AMOUNTS, QUARTERS),
    ("Zambia's trade with its neighbours grew in 2024. In the first and second quarters exports to Tanzania "
     + AMOUNTS, QUARTERS),
    ("In 2023 and 2024 Zambia's exports to Tanzania were K1.2 billion and K1.5 billion.", YEARS),
]  # fmt: skip

UNCHANGED = [
    ("In the first and second quarters, Zambia's exports to Tanzania " + AMOUNTS, QUARTERS),
    ("Since 2023 and 2024 brought new tariffs, Zambia's exports to Tanzania were K1.2 billion and K1.5 "
     "billion in January and February, respectively.",
     [fact(*ZT, *JAN, 1.2e9, "ZMW"), fact(*ZT, *FEB, 1.5e9, "ZMW")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NO_COMMA)
def test_periods_before_a_subject_with_no_comma_pair_up(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_lists_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
