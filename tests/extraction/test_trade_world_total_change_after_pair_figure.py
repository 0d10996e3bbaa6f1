"""A change of the reporter's total with the world, told right after a figure between two
countries, written for these tests.

"Samoa's total merchandise imports grew 9 percent over the year." right after Samoa's imports
from New Zealand is the change of all Samoa's imports, not of those from New Zealand; it had
been given to the bilateral figure. The sentence is read so when every flow word in it has a
world-total word right before it ("total", "overall", "global", "worldwide", "aggregate"), it
names no country but the figure's reporter and no pair ("bilateral", "between", "the two"),
and no preposition sets a partner after the flow word. A plain "Imports grew 9 percent", a
total that names the partner again ("Total imports from New Zealand ..."), a total between the
two, and a sentence pointing back first ("That was 6 percent more ..., while total exports
rose 3 percent") give the change to the figure as before. Facts are compared as sets of (flow,
reporter, partner, start, end, value, currency, change_pct, has_product); turnover pairs
unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 8, 21)
Y24 = ("2024-01-01", "2024-12-31")
WS = "Samoa's imports from New Zealand were valued at 412 million tala in 2024. "
KE = "Kenya's exports to Uganda reached $1.1 billion in 2024. "

WORLD_TOTALS = [
    (WS + "Samoa's total merchandise imports grew 9 percent over the year.",
     fact("imports", "WSM", "NZL", *Y24, 412e6, "WST")),
    (WS + "Total imports grew 9 percent over the year.",
     fact("imports", "WSM", "NZL", *Y24, 412e6, "WST")),
    (KE + "The country's overall exports rose 6 percent.",
     fact("exports", "KEN", "UGA", *Y24, 1.1e9, "USD")),
    (KE + "Kenya's global exports rose 6 percent, while its total imports fell 2 percent.",
     fact("exports", "KEN", "UGA", *Y24, 1.1e9, "USD")),
]  # fmt: skip

UNCHANGED = [
    (WS + "Imports grew 9 percent over the year.",
     fact("imports", "WSM", "NZL", *Y24, 412e6, "WST", 9.0)),
    (WS + "Total imports from New Zealand grew 9 percent over the year.",
     fact("imports", "WSM", "NZL", *Y24, 412e6, "WST", 9.0)),
    ("Trade between Samoa and New Zealand was 412 million tala in 2024. "
     "Overall trade between the two grew 9 percent.",
     fact("turnover", "WSM", "NZL", *Y24, 412e6, "WST", 9.0)),
    (KE + "Total exports to the neighbouring country rose 6 percent.",
     fact("exports", "KEN", "UGA", *Y24, 1.1e9, "USD", 6.0)),
    (KE + "That was 6 percent more than in 2023, while total exports rose 3 percent.",
     fact("exports", "KEN", "UGA", *Y24, 1.1e9, "USD", 6.0)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WORLD_TOTALS)
def test_a_world_totals_change_is_not_the_pairs(text: str, expected: Fact) -> None:
    assert facts(text, PUB) == {expected}


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_the_pairs_own_change_is_still_given(text: str, expected: Fact) -> None:
    assert facts(text, PUB) == {expected}
