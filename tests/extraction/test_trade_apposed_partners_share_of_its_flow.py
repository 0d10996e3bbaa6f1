"""A partner in apposition taking a share of "its" exports or imports, written for these tests.

"China, Chile's main trading partner, accounted for 39% of its exports in 2024, or US$38.2
billion." gives Chile's 2024 exports to China of US$38.2 billion; it had given nothing, as the
share's "its" names no country and the subject had been read as the exporter (so "The United
States, Vietnam's largest export market, took nearly a third of its exports"). _SHARE_OF_ITS
(trade_frames.py), which read ", accounting for 39% of its exports" after a ranking, also reads a
finite share verb right after an apposition set off by commas (accounted for, took, absorbed,
received, bought, supplied, provided, represented, made up), and the ranking's possessor inside
the apposition reports, the subject being the partner (the subject's own reading as reporter is
set aside there). An apposition that names no ranking owner ("China, the world's second-largest
economy, ...") and a subject that ships "its" exports to a partner named read as before. Facts
are compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")

APPOSED = [
    ("China, Chile's main trading partner, accounted for 39% of its exports in 2024, or US$38.2 billion.",
     fact("exports", "CHL", "CHN", *Y24, 38.2e9, "USD")),
    ("The United States, Vietnam's largest export market, took nearly a third of its exports in 2024, or "
     "US$119.5 billion.",
     fact("exports", "VNM", "USA", *Y24, 119.5e9, "USD")),
]  # fmt: skip

UNCHANGED = [
    ("China, the world's second-largest economy, accounted for 39% of its exports in 2024, or US$38.2 "
     "billion.", []),
    ("Chile, a major copper producer, shipped 39% of its exports to China in 2024, or US$38.2 billion.",
     [fact("exports", "CHL", "CHN", *Y24, 38.2e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), APPOSED)
def test_an_apposed_partners_share_of_its_flow_is_the_pairs(text: str, expected: Fact) -> None:
    assert facts(text, PUB) == {expected}


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_appositions_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
