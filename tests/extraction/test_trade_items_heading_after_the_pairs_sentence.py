"""An items heading that names no pair, right after a sentence telling the pair's flow, written
for these tests.

"Chile's exports to China rose 5% to $20 billion in 2024. The main items were:" over "- Copper:
$12.3 billion" and "- Lithium: $1.1 billion" gave the flow's figure alone: the goods lines are
read under a heading that names the pair's flow and period itself ("Chile's main exports to China
in 2024:"), and "The main items were:" names neither. An items heading (`_ITEMS_HEADING`: "The
main items were:", "Key products included:", "Top exports were:") now takes the flow, the pair and
the period of the sentence right before it in its paragraph (`_items_heading`), whose change
("rose 5%") does not stop it as it stops a heading's own words; a sentence of the flow's figure
that opens the items itself ("... reached $21 billion in 2024, led by:", "..., mainly:") heads
them alone. A sentence before it of a balance, a heading naming another flow, or a blank line
between them give the lines nothing, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.text import split_sentences
from orchestration.extraction.trade import extract_trade_mentions

PUB = date(2025, 3, 3)

Row = tuple[str, str, str, float, str | None]


def _goods_rows(text: str) -> set[Row]:
    return {
        (m.flow, m.reporter_iso3, m.partner_iso3, m.value, m.product)
        for m in extract_trade_mentions(text, split_sentences(text), PUB)
        if m.product is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's exports to China rose 5% to $20 billion in 2024. The main items were:\n"
         "- Copper: $12.3 billion\n- Lithium: $1.1 billion\n",
         {("exports", "CHL", "CHN", 12.3e9, "copper"), ("exports", "CHL", "CHN", 1.1e9, "lithium")}),
        ("Ghana's imports from China reached $9.4 billion in 2024.\nKey products included:\n"
         "- Machinery: $2.2 billion\n- Textiles: $610 million\n",
         {("imports", "GHA", "CHN", 2.2e9, "machinery"), ("imports", "GHA", "CHN", 610e6, "textiles")}),
        ("Peru's exports to India fell 3% to $4.0 billion last year. Top exports were:\n"
         "* Gold: $3.1 billion\n",
         {("exports", "PER", "IND", 3.1e9, "gold")}),
        ("Indonesia's exports to India reached $21 billion in 2024. Main products:\n"
         "- Coal: $7.1 billion\n- Palm oil: $4.2 billion\n",
         {("exports", "IDN", "IND", 7.1e9, "coal"), ("exports", "IDN", "IND", 4.2e9, "palm oil")}),
        # the sentence of the flow's figure opening the items itself
        ("Indonesia's exports to India reached $21 billion in 2024, led by:\n"
         "- Coal: $7.1 billion\n- Palm oil: $4.2 billion\n",
         {("exports", "IDN", "IND", 7.1e9, "coal"), ("exports", "IDN", "IND", 4.2e9, "palm oil")}),
        ("Uganda's imports from Kenya rose to $1.1 billion last year, mainly:\n* Steel: $310 million\n",
         {("imports", "UGA", "KEN", 310e6, "steel")}),
    ],
)  # fmt: skip
def test_items_take_the_flow_told_before_them(text: str, expected: set[Row]) -> None:
    assert _goods_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a balance before the heading, a heading naming another flow, a paragraph between them
        "Chile's surplus with China was $20 billion in 2024. The main items were:\n- Copper: $12 billion\n",
        "Chile's exports to China rose 5% to $20 billion in 2024. Top imports were:\n- Copper: $12 billion\n",
        "Chile's exports to China rose to $20 billion in 2024.\n\nKey items were:\n- Copper: $12 billion\n",
    ],
)  # fmt: skip
def test_items_without_a_pairs_flow_right_before_give_nothing(text: str) -> None:
    assert _goods_rows(text) == set()
