"""Goods lines under an items heading that end in a bare percentage, written for these tests.

Under "Zambia's exports to China reached $20.1 billion in 2024. The main items were:", a line
"- Copper: $12.3 billion, 61%" ended the list: a bare percentage is no change (`_CHANGE_AFTER_AMOUNT`
wants a sign or "up"/"down"), so `_money_rows` stopped there and lost that line and every line
after it. `_shares_after` now reads such a percentage as the line's share, which states no change
and ends the line: each goods line gives its figure, with no change_pct. A signed change reads as
before, and a line with other words after the amount still ends the list. Each figure is compared
as (value, product, change_pct); all are exports ZMB-CHN in 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 3)
LEAD = (
    "LUSAKA, March 3 - Zambia's exports to China reached $20.1 billion in 2024, the statistics "
    "agency said. The main items were:\n"
)
TOTAL = (20.1e9, None, None)

SHARED_LINES = [
    "- Copper: $12.3 billion, 61%\n- Cobalt: $2.1 billion\n- Manganese: $0.4 billion",
    "- Copper: $12.3 billion (61%)\n- Cobalt: $2.1 billion (10%)\n- Manganese: $0.4 billion (2%)",
    "- Copper: $12.3 billion, 61 percent\n- Cobalt: $2.1 billion, 10 percent\n- Manganese: $0.4 billion",
    "- Copper: $12.3 billion (61% of the total)\n- Cobalt: $2.1 billion\n- Manganese: $0.4 billion",
]


def _found(lines: str) -> set[tuple[float, str | None, float | None]]:
    mentions = extract_document(LEAD + lines, PUB, "Lusaka").trade_mentions
    assert {(m.flow, m.reporter_iso3, m.partner_iso3) for m in mentions} == {("exports", "ZMB", "CHN")}
    return {(m.value, m.product, m.change_pct) for m in mentions}


@pytest.mark.parametrize("lines", SHARED_LINES)
def test_a_bare_share_keeps_the_list_going(lines: str) -> None:
    assert _found(lines) == {
        TOTAL,
        (12.3e9, "copper", None),
        (2.1e9, "cobalt", None),
        (0.4e9, "manganese", None),
    }


def test_a_signed_change_is_still_the_change() -> None:
    lines = "- Copper: $12.3 billion, up 8%\n- Cobalt: $2.1 billion, 10%\n- Manganese: $0.4 billion"
    assert _found(lines) == {
        TOTAL,
        (12.3e9, "copper", 8.0),
        (2.1e9, "cobalt", None),
        (0.4e9, "manganese", None),
    }


def test_other_words_after_the_share_still_end_the_list() -> None:
    assert _found("- Copper: $12.3 billion, 61% by sea\n- Cobalt: $2.1 billion") == {TOTAL}
