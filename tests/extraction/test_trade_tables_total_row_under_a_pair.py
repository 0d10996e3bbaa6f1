"""The total row of goods rows under a pair's header, written for these tests.

Under "Chile's exports to India in 2024 (US$ billion):" the goods rows ("Coal: 7.2") were
read, but the "Total: 12.0" row under them was dropped as no goods; it is the pair's flow of
all goods, so it now gives that figure with no goods (`_totals_goods_rows`). A total naming
another flow than the header's ("Total trade", "Total imports" under exports), the rest
("Others") and a total under a header of partners (not a pair) give nothing as before. Each
figure is compared as (flow, reporter, partner, start, end, value, product).
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 3)
Found = tuple[str, str, str, str, str, float, str | None]
Y24 = ("2024-01-01", "2024-12-31")
Y23 = ("2023-01-01", "2023-12-31")

TOTALS = [
    ("Chile's exports to India in 2024 (US$ billion):\nCoal: 7.2\nCopper: 4.8\nTotal: 12.0\n",
     {("exports", "CHL", "IND", *Y24, 7.2e9, "coal"), ("exports", "CHL", "IND", *Y24, 4.8e9, "copper"),
      ("exports", "CHL", "IND", *Y24, 12.0e9, None)}),
    ("Ghana's imports from China (US$ million) 2024 2023\nMachinery: 810 760\nTextiles: 240 265\n"
     "Total imports: 1,050 1,025\n",
     {("imports", "GHA", "CHN", *Y24, 810e6, "machinery"),
      ("imports", "GHA", "CHN", *Y23, 760e6, "machinery"),
      ("imports", "GHA", "CHN", *Y24, 240e6, "textiles"), ("imports", "GHA", "CHN", *Y23, 265e6, "textiles"),
      ("imports", "GHA", "CHN", *Y24, 1050e6, None), ("imports", "GHA", "CHN", *Y23, 1025e6, None)}),
]  # fmt: skip

UNCHANGED = [
    ("Chile's exports to India in 2024 (US$ billion):\nCoal: 7.2\nOthers: 0.4\nTotal trade: 14.0\n",
     {("exports", "CHL", "IND", *Y24, 7.2e9, "coal")}),
    ("Chile's exports to India in 2024 (US$ billion):\nCoal: 7.2\nTotal imports: 3.0\n",
     {("exports", "CHL", "IND", *Y24, 7.2e9, "coal")}),
    ("Chile's exports by destination in 2024 (US$ billion):\nChina: 7.2\nIndia: 4.8\nTotal: 12.0\n",
     {("exports", "CHL", "CHN", *Y24, 7.2e9, None), ("exports", "CHL", "IND", *Y24, 4.8e9, None)}),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), TOTALS + UNCHANGED)
def test_total_row_under_a_pair_header(body: str, expected: set[Found]) -> None:
    mentions = extract_document("SANTIAGO, March 3 - " + body, PUB, None).trade_mentions
    found = {
        (m.flow, m.reporter_iso3, m.partner_iso3, str(m.period_start), str(m.period_end), m.value, m.product)
        for m in mentions
    }
    assert found == expected
