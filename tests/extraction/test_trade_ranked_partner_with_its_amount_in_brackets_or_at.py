"""A ranked partner's amount in brackets or after "at" is the ranking's flow, written for these tests.

"Uganda (Sh130 billion) was Kenya's top export market in 2024." now gives Kenya's exports to
Uganda, as "Uganda, with Sh130 billion, was ..." already did; "Uganda, at Sh130 billion, was ..."
too. trade_frames' _FRONTED_WITH read an amount set between the ranked country and its copular
clause only after "with"; it now also reads "at" in the country's commas and a bracket right after
it (closed by _FRONTED_BRACKET_TAIL, a year maybe inside: "(Sh130 billion in 2024)"), so "France
(42.6 billion dirhams) was Morocco's second-largest customer" and "China (US$ 23.1 billion) was the
main buyer of Peruvian exports" read so too. "At $4.2 billion, trade ..." (no country before "at"),
a bracket of another number ("Uganda (population 48 million) was ..., at Sh130 billion"), and a
subject that is no country read as before. Facts are compared as sets of (flow, reporter, partner,
start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y23 = ("2023-01-01", "2023-12-31")
Y24 = ("2024-01-01", "2024-12-31")
UGANDA = [fact("exports", "KEN", "UGA", *Y24, 130e9, "KES")]

RANKED = [
    ("Uganda (Sh130 billion) was Kenya's top export market in 2024.", UGANDA),
    ("Uganda, at Sh130 billion, was Kenya's top export market in 2024.", UGANDA),
    ("Uganda (Sh130 billion in 2024) was Kenya's top export market.", UGANDA),
    ("France (42.6 billion dirhams) was Morocco's second-largest customer in 2023.",
     [fact("exports", "MAR", "FRA", *Y23, 42.6e9, "MAD")]),
    ("China (US$ 23.1 billion) was the main buyer of Peruvian exports in 2024.",
     [fact("exports", "PER", "CHN", *Y24, 23.1e9, "USD")]),
]  # fmt: skip

UNCHANGED = [
    ("Uganda, with Sh130 billion, was Kenya's top export market in 2024.", UGANDA),
    ("At $4.2 billion, trade between Kenya and Uganda rose in 2024.",
     [fact("turnover", "KEN", "UGA", *Y24, 4.2e9, "USD")]),
    ("Uganda (population 48 million) was Kenya's top export market in 2024, at Sh130 billion.", UGANDA),
    ("The port (Sh130 billion) was Kenya's top export gateway in 2024.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RANKED)
def test_a_bracketed_amount_of_a_ranked_partner(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_openings_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
