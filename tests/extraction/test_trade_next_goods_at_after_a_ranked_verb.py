"""The next goods of a list valued with "at" after a flow verb, written for these tests.

"The main goods Peru sold to Brazil in 2024 were copper at $900 million and zinc at $300
million" gives the zinc exports their own goods; the second figure borrowed the first's flow
word and with it the copper. The goods right before "at" after the figure before, itself goods
valued with "at", are the next item of the same flow (`_next_listed_goods`). A flow word before
"at" ("and imports at") names no goods, and a figure of the same goods at another time ("and at
$700 million in 2023") keeps the goods before. Each figure is compared as (flow, reporter,
partner, value, product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import extract

PUB = date(2025, 3, 3)
Found = tuple[str, str, str, float, str | None]

NEXT_GOODS = [
    ("The main goods Peru sold to Brazil in 2024 were copper at $900 million and zinc at $300 million.",
     {("exports", "PER", "BRA", 900e6, "copper"), ("exports", "PER", "BRA", 300e6, "zinc")}),
    ("The biggest products Ecuador shipped to Chile last year were crude oil at $1.2 billion, bananas "
     "at $95 million and canned tuna at $40 million.",
     {("exports", "ECU", "CHL", 1.2e9, "crude oil"), ("exports", "ECU", "CHL", 95e6, "bananas"),
      ("exports", "ECU", "CHL", 40e6, "canned tuna")}),
    ("The top items Ghana bought from India in 2024 were rice at $410 million, and medicines at "
     "$120 million.",
     {("imports", "GHA", "IND", 410e6, "rice"), ("imports", "GHA", "IND", 120e6, "medicines")}),
]  # fmt: skip

UNCHANGED = [
    # the same goods at another time keep their goods
    ("Peru's copper exports to Brazil stood at $900 million in 2024 and at $700 million in 2023.",
     {("exports", "PER", "BRA", 900e6, "copper"), ("exports", "PER", "BRA", 700e6, "copper")}),
    # a flow word before "at" is no goods
    ("The largest product Peru shipped to Brazil in 2024 was copper at $900 million, and imports at "
     "$300 million.",
     {("exports", "PER", "BRA", 900e6, "copper"), ("imports", "PER", "BRA", 300e6, None)}),
    # goods told with a flow word of their own stay theirs
    ("Peru's copper exports to Brazil rose to $900 million in 2024, and zinc exports to $300 million.",
     {("exports", "PER", "BRA", 900e6, "copper"), ("exports", "PER", "BRA", 300e6, "zinc")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEXT_GOODS + UNCHANGED)
def test_next_goods_valued_at_are_their_own(text: str, expected: set[Found]) -> None:
    found = {(m.flow, m.reporter_iso3, m.partner_iso3, m.value, m.product) for m in extract(text, PUB)}
    assert found == expected
