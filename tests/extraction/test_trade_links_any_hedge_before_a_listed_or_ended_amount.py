"""Any hedge may stand before the amounts trade_links pairs with periods, written for these tests.

trade_links had its own short lists of hedges ("about", "around", "some", "nearly", ...) in the gaps
it reads before an amount: the verb after a list of periods ("In 2023 and 2024 exports ... were
less than $1.2 billion and $1.5 billion, respectively"), the "to" of "from $9.1 billion to just over
$12.8 billion between 2020 and 2024", a verb of change and "to" ("Between 2020 and 2024 ... rose to
more than $12.8 billion") and the verb after "The figure a year earlier". A hedge missing from such
a list ("less than", "just over", "close to", "under", "roughly") had dated both amounts to the last
period, or the level to the whole span, or the earlier figure to the later time. The gaps now take
money.HEDGE_ALTERNATION, and the verbs of change money.CHANGE_VERBS ("slid to", "edged up to").
The phrasings the old lists held read as before. Facts are compared as sets of (flow, reporter,
partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y20 = ("2020-01-01", "2020-12-31")
Y23 = ("2023-01-01", "2023-12-31")
Y24 = ("2024-01-01", "2024-12-31")
EARLIER = "Vietnam's exports to Cambodia reached $4.1 billion in 2024. The figure a year earlier "
KE, TR, VN = ("exports", "KEN", "UGA"), ("exports", "TUR", "IRQ"), ("exports", "VNM", "KHM")
LISTED = [fact(*KE, *Y23, 1.2e9, "USD"), fact(*KE, *Y24, 1.5e9, "USD")]
FROM_TO = [fact(*TR, *Y20, 9.1e9, "USD"), fact(*TR, *Y24, 12.8e9, "USD")]
REACHED = [fact(*TR, *Y24, 12.8e9, "USD")]
FIGURE = [fact(*VN, *Y24, 4.1e9, "USD"), fact(*VN, *Y23, 3.5e9, "USD")]
TURKEY = "Turkey's exports to Iraq rose from $9.1 billion to "

WIDENED = [
    ("Kenya's exports to Uganda in 2023 and 2024 were less than $1.2 billion and $1.5 billion, respectively.",
     LISTED),
    ("Kenya's exports to Uganda in 2023 and 2024 were just over $1.2 billion and $1.5 billion, respectively.",
     LISTED),
    ("Kenya's exports to Uganda in 2023 and 2024 stood at under $1.2 billion and $1.5 billion, respectively.",
     LISTED),
    (TURKEY + "more than $12.8 billion between 2020 and 2024.", FROM_TO),
    (TURKEY + "roughly $12.8 billion between 2020 and 2024.", FROM_TO),
    ("Between 2020 and 2024, Turkey's exports to Iraq rose to more than $12.8 billion.", REACHED),
    ("Between 2020 and 2024, Turkey's exports to Iraq climbed to roughly $12.8 billion.", REACHED),
    ("Between 2020 and 2024, Turkey's exports to Iraq edged up to about $12.8 billion.", REACHED),
    (EARLIER + "was less than $3.5 billion.", FIGURE),
    (EARLIER + "stood at close to $3.5 billion.", FIGURE),
]  # fmt: skip

UNCHANGED = [
    ("Kenya's exports to Uganda in 2023 and 2024 were about $1.2 billion and $1.5 billion, respectively.",
     LISTED),
    (TURKEY + "almost $12.8 billion between 2020 and 2024.", FROM_TO),
    ("Between 2020 and 2024, Turkey's exports to Iraq have risen to about $12.8 billion.", REACHED),
    (EARLIER + "was just $3.5 billion.", FIGURE),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WIDENED)
def test_any_hedge_before_a_paired_amount(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_the_old_hedges_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
