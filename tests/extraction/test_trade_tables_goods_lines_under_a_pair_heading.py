"""Lines of goods that each write their amount, under a heading of one pair's flow, written for
these tests.

A heading "Chile's main exports to China in 2024:" over "- Copper: $12.3 billion" and
"- Lithium: $1.1 billion" now gives the copper and the lithium exports CHL-CHN of 2024; the
lines had given nothing (the table reader took bare numbers only under a unit in parentheses,
and a line with no flow word was not read as a statement). The heading must end in a colon and
name one flow, its two sides and one period (`_money_rows_heading`); each line is a label, a
colon or a dash, and one whole amount (`_money_rows`), whose unit is read as a statement's
("$" of a Wellington story is the New Zealand dollar). A "Total" line is the pair's flow of all
goods; a line of money of no flow ("Investment"), a heading of two periods, and a heading with
no partner give nothing of this reader. Each figure is compared as (flow, reporter, partner,
start, end, value, currency, product).
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 3)
Found = tuple[str, str, str, str, str, float, str, str | None]
Y24 = ("2024-01-01", "2024-12-31")
H1 = ("2024-01-01", "2024-06-30")

LINES = [
    ("SANTIAGO, March 3 - Chile's main exports to China in 2024:\n- Copper: $12.3 billion\n"
     "- Lithium: $1.1 billion\n",
     {("exports", "CHL", "CHN", *Y24, 12.3e9, "USD", "copper"),
      ("exports", "CHL", "CHN", *Y24, 1.1e9, "USD", "lithium")}),
    ("NAIROBI, March 3 - Kenya's imports from India in the first half of 2024:\n"
     "* Medicines - US$210 million\n* Rice - US$95 million\n",
     {("imports", "KEN", "IND", *H1, 210e6, "USD", "medicines"),
      ("imports", "KEN", "IND", *H1, 95e6, "USD", "rice")}),
    ("WELLINGTON, March 3 - New Zealand's exports to China in 2024:\n- Dairy: $9.1 billion\n"
     "- Meat: $3.0 billion\n- Total: $16.4 billion\n",
     {("exports", "NZL", "CHN", *Y24, 9.1e9, "NZD", "dairy"),
      ("exports", "NZL", "CHN", *Y24, 3.0e9, "NZD", "meat"),
      ("exports", "NZL", "CHN", *Y24, 16.4e9, "NZD", None)}),
]  # fmt: skip

UNCHANGED = [
    ("SANTIAGO, March 3 - Chile's exports to China in 2024:\n- Copper: $12.3 billion\n"
     "- Investment: $2.0 billion\nOfficials said the trend would continue.\n",
     {("exports", "CHL", "CHN", *Y24, 12.3e9, "USD", "copper")}),
    ("SANTIAGO, March 3 - Chile's exports to China in 2024 and 2023:\n- Copper: $12.3 billion\n", set()),
    ("SANTIAGO, March 3 - Figures for the year 2024:\n- Copper: $12.3 billion\n- Lithium: $1.1 billion\n",
     set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LINES + UNCHANGED)
def test_goods_lines_under_a_pair_heading(text: str, expected: set[Found]) -> None:
    mentions = extract_document(text, PUB, None).trade_mentions
    found = {
        (m.flow, m.reporter_iso3, m.partner_iso3, str(m.period_start), str(m.period_end), m.value, m.currency,
         m.product)
        for m in mentions
    }  # fmt: skip
    assert found == expected
