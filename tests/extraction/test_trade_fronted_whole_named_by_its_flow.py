"""Parts of a fronted whole named by its flow before its amount, written for these tests.

"Of Nigeria's total exports of N77 trillion in 2024, India accounted for N9.1 trillion and Spain
N6.8 trillion" now gives Nigeria's exports to India and to Spain in 2024, as "Of Chile's $94
billion in exports, China took $38 billion" already did; the flow named between the possessive and
the amount ("total exports of") had hidden the fronted whole, and the parts, which name their
partner, stayed inside the world's total and gave nothing. The whole itself, a part that is goods
("tea accounted for ..."), and the forms read before stay as before. Facts are compared as sets of
(flow, reporter, partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")

FLOW_BEFORE_THE_AMOUNT = [
    ("Of Nigeria's total exports of N77 trillion in 2024, India accounted for N9.1 trillion and Spain "
     "N6.8 trillion.",
     [fact("exports", "NGA", "IND", *Y24, 9.1e12, "NGN"),
      fact("exports", "NGA", "ESP", *Y24, 6.8e12, "NGN")]),
    ("Of Peru's exports of $75 billion in 2024, China took $27 billion, followed by the United States "
     "with $10 billion.",
     [fact("exports", "PER", "CHN", *Y24, 27e9, "USD"),
      fact("exports", "PER", "USA", *Y24, 10e9, "USD")]),
    ("Of Ghana's overall imports worth $14 billion in 2024, China accounted for $3.9 billion.",
     [fact("imports", "GHA", "CHN", *Y24, 3.9e9, "USD")]),
]  # fmt: skip

UNCHANGED = [
    ("Of the $94 billion Chile exported in 2024, China took $38 billion.",
     [fact("exports", "CHL", "CHN", *Y24, 38e9, "USD")]),
    ("Of Chile's $94 billion in exports in 2024, China took $38 billion and the US $15 billion.",
     [fact("exports", "CHL", "CHN", *Y24, 38e9, "USD"),
      fact("exports", "CHL", "USA", *Y24, 15e9, "USD")]),
    ("Of Kenya's total exports of Sh1 trillion in 2024, tea accounted for Sh180 billion.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FLOW_BEFORE_THE_AMOUNT)
def test_parts_of_a_fronted_whole_named_by_its_flow(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_fronted_wholes_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
