"""A ranked partner named after the copula is the one the with-clause describes, written for these tests.

After "Armenia's foreign trade turnover in January-April 2025 amounted to $6.4 billion.", "The main
partner was Russia, with turnover of $2.3 billion, followed by the UAE ($1.1 billion) and China
($0.9 billion)." now gives Armenia's turnover with Russia, the UAE and China for those months;
it had given nothing, as the country after "was" was not taken for the partner the with-clause
describes ("Russia was the main partner, with ..." already read so). A bloc after the copula, a
noun of no partner ("The main driver was Russia") and a ranking with no figure stay no figure.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
JA = ("2025-01-01", "2025-04-30")
Y24 = ("2024-01-01", "2024-12-31")
TOTAL = "Armenia's foreign trade turnover in January-April 2025 amounted to $6.4 billion. "

AFTER_THE_COPULA = [
    (TOTAL + "The main partner was Russia, with turnover of $2.3 billion, followed by the UAE ($1.1 "
     "billion) and China ($0.9 billion).",
     [fact("turnover", "ARM", "RUS", *JA, 2.3e9, "USD"),
      fact("turnover", "ARM", "ARE", *JA, 1.1e9, "USD"),
      fact("turnover", "ARM", "CHN", *JA, 0.9e9, "USD")]),
    ("Kenya's exports reached Sh1.1 trillion in 2024. The top market remained Uganda, with exports worth "
     "Sh143 billion.",
     [fact("exports", "KEN", "UGA", *Y24, 143e9, "KES")]),
]  # fmt: skip

UNCHANGED = [
    (TOTAL + "The main partner was the EU, with turnover of $2.3 billion.", []),
    (TOTAL + "The main driver was Russia, with turnover of $2.3 billion.", []),
    (TOTAL + "The main partner was Russia.", []),
    ("Armenia's largest trading partner in 2024 was Russia, with trade turnover of $12.4 billion.",
     [fact("turnover", "ARM", "RUS", *Y24, 12.4e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AFTER_THE_COPULA)
def test_a_partner_named_after_the_copula_is_described(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_blocs_other_nouns_and_owned_rankings_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
