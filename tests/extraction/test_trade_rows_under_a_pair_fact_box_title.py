"""Rows under a box titled by two countries alone are that pair's figures, written for these tests.

"Kazakhstan and Uzbekistan: key figures" over "Trade turnover in 2024: $4.4 billion" and
"Kazakh exports: $2.9 billion" now gives the pair's turnover and Kazakhstan's exports to
Uzbekistan, as "Kazakhstan's trade with Uzbekistan in 2024, key figures:" already did; the title,
with no word of trade, had been no topic, so the rows read as the world's totals and gave
nothing. A title of one country ("Kenya at a glance"), of three, of a bloc, or a row that names a
total with the world stays no figure. Facts are compared as sets of (flow, reporter, partner,
start, end, value, currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")
LEAD = "TASHKENT, June 11 (Reuters) - President Tokayev arrived in Tashkent on Wednesday for talks.\n\n"

UNDER_A_PAIR_TITLE = [
    (LEAD + "Kazakhstan and Uzbekistan: key figures\n\nTrade turnover in 2024: $4.4 billion\n\n"
     "Kazakh exports: $2.9 billion\n\nKazakh imports: $1.5 billion",
     [fact("turnover", "KAZ", "UZB", *Y24, 4.4e9, "USD"),
      fact("exports", "KAZ", "UZB", *Y24, 2.9e9, "USD"),
      fact("imports", "KAZ", "UZB", *Y24, 1.5e9, "USD")]),
    (LEAD + "FACTBOX: Kazakhstan and Uzbekistan\n\nTrade turnover in 2024: $4.4 billion",
     [fact("turnover", "KAZ", "UZB", *Y24, 4.4e9, "USD")]),
    ("Peru and Vietnam: facts and figures\n\n- Trade turnover in 2024: $1.3 billion\n\n"
     "- Peruvian exports: $0.4 billion",
     [fact("turnover", "PER", "VNM", *Y24, 1.3e9, "USD"),
      fact("exports", "PER", "VNM", *Y24, 0.4e9, "USD")]),
    ("Ghana-Togo relations at a glance\n\nTrade turnover in 2024: $820 million",
     [fact("turnover", "GHA", "TGO", *Y24, 820e6, "USD")]),
]  # fmt: skip

UNCHANGED = [
    # one country, three countries, a bloc
    ("Kenya at a glance\n\nTrade turnover in 2024: $4.4 billion", []),
    ("Kazakhstan, Uzbekistan and Kyrgyzstan: key figures\n\nTrade turnover in 2024: $4.4 billion", []),
    ("China and the EU: key figures\n\nTrade turnover in 2024: $740 billion", []),
    # a total with the world under the pair's title
    ("Kazakhstan and Uzbekistan: key figures\n\nKazakhstan's foreign trade in 2024: $140 billion", []),
    # a sentence that says more than the title
    ("Kazakhstan and Uzbekistan signed key documents in brief talks.\n\nTrade turnover in 2024 was $4.4 "
     "billion.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), UNDER_A_PAIR_TITLE)
def test_rows_under_a_pair_fact_box_title_are_the_pairs(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_titles_and_sentences_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
