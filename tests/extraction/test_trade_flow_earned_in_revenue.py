"""A flow's earnings told as "in revenue" after its amount are the flow's value, written for these tests.

"Tanzania's exports to Kenya generated $420 million in revenue in 2024" now gives the exports
TZA-KEN of 2024, as "... generated $420 million in 2024" already did; "revenue" after the amount
had made it a revenue of no trade. The flow must be the subject of a verb of earning right before
the amount (an indirect object may stand between: "earned the country Sh120 billion in export
revenue"). Another earner ("The port of Mombasa generated ... in revenue"), a revenue of another
kind ("in tax revenue"), a firm's sales and a clause whose subject is not the flow stay no figure.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")

IN_REVENUE = [
    ("Tanzania's exports to Kenya generated $420 million in revenue in 2024.",
     [fact("exports", "TZA", "KEN", *Y24, 420e6, "USD")]),
    ("Kenya's tea exports to Pakistan earned the country Sh120 billion in revenue in 2024.",
     [fact("exports", "KEN", "PAK", *Y24, 120e9, "KES", product=True)]),
    ("Shipments of Ethiopian coffee to Germany brought in $310 million in export revenue last year.",
     [fact("exports", "ETH", "DEU", *Y24, 310e6, "USD", product=True)]),
]  # fmt: skip

UNCHANGED = [
    "The port of Mombasa generated $420 million in revenue in 2024 from cargo bound for Uganda.",
    "Tanzania's exports to Kenya generated $420 million in tax revenue in 2024.",
    "Tanzania's exports to Kenya rose in 2024, and the customs service earned $42 million in revenue "
    "from them.",
    "Safaricom's sales to Ethiopia generated $120 million in revenue in 2024.",
]


@pytest.mark.parametrize(("text", "expected"), IN_REVENUE)
def test_a_flow_earned_in_revenue_is_its_value(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize("text", UNCHANGED)
def test_other_earners_and_revenues_stay_no_figure(text: str) -> None:
    assert facts(text, PUB) == set()
