"""Goods lines under a pair's heading that state a change after their amount, written for these
tests.

"Chile's main exports to China in 2024:" over "- Copper: $12.3 billion, up 8%" gave nothing: a
goods line was read only when its amount ended it, so the change after it ended the list before
its first line. A change with its direction after the amount (", up 8%", ", down 40 percent",
" (+12.5%)", ", -3% y/y": `_CHANGE_AFTER_AMOUNT`) is now the line's change. A bare percentage
after the amount (", 61%": a share) states no change, and the line is read with none
(test_trade_goods_lines_with_a_bare_share.py); lines that end on their amount read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.text import split_sentences
from orchestration.extraction.trade import extract_trade_mentions

PUB = date(2025, 3, 3)

Row = tuple[str, str, str, float, float | None, str | None]


def _rows(text: str) -> set[Row]:
    return {
        (m.flow, m.reporter_iso3, m.partner_iso3, m.value, m.change_pct, m.product)
        for m in extract_trade_mentions(text, split_sentences(text), PUB)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's main exports to China in 2024:\n- Copper: $12.3 billion, up 8%\n"
         "- Lithium: $1.1 billion, down 40%\n",
         {("exports", "CHL", "CHN", 12.3e9, 8.0, "copper"),
          ("exports", "CHL", "CHN", 1.1e9, -40.0, "lithium")}),
        ("Vietnam's main imports from Thailand in 2024:\n* Plastics: $1.9 billion (+12.5%)\n"
         "* Sugar: $640 million (-3.1%)\n",
         {("imports", "VNM", "THA", 1.9e9, 12.5, "plastics"),
          ("imports", "VNM", "THA", 640e6, -3.1, "sugar")}),
        ("Kenya's exports to Uganda in 2024:\n- Steel: $310 million, up 4 percent year-on-year\n"
         "- Tea: $95 million\n",
         {("exports", "KEN", "UGA", 310e6, 4.0, "steel"), ("exports", "KEN", "UGA", 95e6, None, "tea")}),
    ],
)  # fmt: skip
def test_a_goods_line_keeps_its_change(text: str, expected: set[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare percentage is a share: the line's figure, with no change
        ("Chile's main exports to China in 2024:\n- Copper: $12.3 billion, 61%\n",
         {("exports", "CHL", "CHN", 12.3e9, None, "copper")}),
        ("Chile's main exports to China in 2024:\n- Copper: $12.3 billion\n- Wine: $0.4 billion\n",
         {("exports", "CHL", "CHN", 12.3e9, None, "copper"), ("exports", "CHL", "CHN", 0.4e9, None, "wine")}),
    ],
)  # fmt: skip
def test_lines_without_a_directed_change_read_as_before(text: str, expected: set[Row]) -> None:
    assert _rows(text) == expected
