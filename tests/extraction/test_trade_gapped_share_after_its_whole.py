"""A gapped share after the whole the share before was told of, written for these tests.

"Copper accounted for $12.3bn of Chile's exports to China in 2024, and lithium for $1.1 billion"
gives the lithium exports CHL-CHN too; the second figure had been lost (or, with no comma,
found with no goods), since a gapped "and lithium for" was read only right after an item that
named no flow. After a share told "of" a pair's flow, the gapped goods are another share of that
flow (`_gapped_share_window`). A flow word ("and imports for"), a country ("and Peru for") and
a comparison ("up from") are no goods, and "for" is never added where the verb had none. Each
figure is compared as (flow, reporter, partner, value, product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import extract

PUB = date(2025, 3, 3)
Found = tuple[str, str, str, float, str | None]

GAPPED = [
    ("Copper accounted for $12.3bn of Chile's exports to China in 2024, and lithium for $1.1 billion.",
     {("exports", "CHL", "CHN", 12.3e9, "copper"), ("exports", "CHL", "CHN", 1.1e9, "lithium")}),
    ("Copper accounted for $12.3bn of Chile's exports to China in 2024 and lithium for $1.1 billion.",
     {("exports", "CHL", "CHN", 12.3e9, "copper"), ("exports", "CHL", "CHN", 1.1e9, "lithium")}),
    ("Crude oil accounted for $3.4 billion of Angola's sales to India last year, diamonds for $210 "
     "million and coffee for $15 million.",
     {("exports", "AGO", "IND", 3.4e9, "crude oil"), ("exports", "AGO", "IND", 210e6, "diamonds"),
      ("exports", "AGO", "IND", 15e6, "coffee")}),
]  # fmt: skip

UNCHANGED = [
    ("Copper accounted for $12.3bn of Chile's exports to China in 2024, and imports for $1.1 billion.",
     {("exports", "CHL", "CHN", 12.3e9, "copper"), ("imports", "CHL", "CHN", 1.1e9, None)}),
    ("Copper accounted for $12.3bn of Chile's exports to China in 2024, up from $11bn in 2023.",
     {("exports", "CHL", "CHN", 12.3e9, "copper"), ("exports", "CHL", "CHN", 11e9, "copper")}),
    # the verb had no "for": none is added
    ("Cocoa beans made up $2.1 billion of Ghana's shipments to the Netherlands in 2024, and cocoa "
     "butter for $400 million.",
     {("exports", "GHA", "NLD", 2.1e9, "cocoa beans")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GAPPED + UNCHANGED)
def test_gapped_share_after_its_whole(text: str, expected: set[Found]) -> None:
    found = {(m.flow, m.reporter_iso3, m.partner_iso3, m.value, m.product) for m in extract(text, PUB)}
    assert found == expected
