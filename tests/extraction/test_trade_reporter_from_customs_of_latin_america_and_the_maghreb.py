"""Customs and statistics offices of five more countries report their figures, written for these tests.

"Exports to China rose to $2.1 billion in 2024, SUNAT data showed." now gives Peru's exports to
China; the office's short name was unknown, and the figure had no reporter and gave nothing. So
do "according to DIAN" (Colombia), "the NCSI said" (Oman), "the Foreign Exchange Office said" and
"the Office des Changes" (Morocco, whose dirhams are then Moroccan) and "ComexStat data" (Brazil)
(countries._OFFICE_COUNTRIES and _CREDITED_OFFICE_COUNTRIES). An office known before ("according
to INDEC") reads as before, and a name with no credit ("a foreign exchange office said") gives
no reporter. Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")

CREDITED = [
    ("Exports to China rose to $2.1 billion in 2024, SUNAT data showed.",
     [fact("exports", "PER", "CHN", *Y24, 2.1e9, "USD")]),
    ("Exports to Venezuela rose to $900 million in 2024, according to DIAN.",
     [fact("exports", "COL", "VEN", *Y24, 900e6, "USD")]),
    ("Exports to China rose to $1.2 billion in 2024, the NCSI said.",
     [fact("exports", "OMN", "CHN", *Y24, 1.2e9, "USD")]),
    ("Exports to France fell to 80 billion dirhams last year, the Foreign Exchange Office said.",
     [fact("exports", "MAR", "FRA", *Y24, 80e9, "MAD")]),
    ("Exports to France fell to 80 billion dirhams last year, according to the Office des Changes.",
     [fact("exports", "MAR", "FRA", *Y24, 80e9, "MAD")]),
    ("Exports to the US rose to $1.2 billion in 2024, ComexStat data showed.",
     [fact("exports", "BRA", "USA", *Y24, 1.2e9, "USD")]),
]  # fmt: skip

UNCHANGED = [
    ("Exports to Brazil rose to $12 billion in 2024, according to INDEC.",
     [fact("exports", "ARG", "BRA", *Y24, 12e9, "USD")]),
    ("Exports to China rose to $2.1 billion in 2024, a foreign exchange office said.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CREDITED)
def test_the_office_reports_its_figures(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_sources_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
