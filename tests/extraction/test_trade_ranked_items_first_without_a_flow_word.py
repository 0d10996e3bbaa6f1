"""The ranking first, then goods valued with "at" and no flow word, written for these tests.

After "Indonesia's exports to India rose 12% to $25.3 billion in 2024.", the sentence "The main
items were coal at $7.1 billion and palm oil at $4.2 billion." now gives the coal and the palm
oil exports IDN-IND; both had been lost. `_CONTINUATION_HINT` now lets a plural ranked noun
("items", "products", "commodities") open a sentence read after a figure, and
`_TOP_ITEM_FIRST_OF_TOLD_FLOW` reads the ranking before the goods as TOP_ITEM_FIRST does when
"export" names the flow. Investors, projects or firms ranked that way give no figure. Each
figure is compared as (flow, reporter, partner, value, product).
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 3)
Found = tuple[str, str, str, float, str | None]
LEAD = "JAKARTA, March 3 - Indonesia's exports to India rose 12% to $25.3 billion in 2024. "
TOTAL = ("exports", "IDN", "IND", 25.3e9, None)
COAL_AND_PALM_OIL = {
    TOTAL,
    ("exports", "IDN", "IND", 7.1e9, "coal"),
    ("exports", "IDN", "IND", 4.2e9, "palm oil"),
}

RANKED_FIRST = [
    "The biggest items were coal at $7.1 billion and palm oil at $4.2 billion.",
    "The main items were coal, at $7.1 billion, and palm oil, at $4.2 billion.",
    "Main products included coal at $7.1 billion and palm oil at $4.2 billion.",
    "The largest commodities were coal ($7.1 billion) and palm oil ($4.2 billion).",
    "The top item was coal at $7.1 billion, followed by palm oil at $4.2 billion.",
]

NO_GOODS = [
    "The main investors were Japan at $7.1 billion and Singapore at $4.2 billion.",
    "The biggest projects were a smelter at $7.1 billion and a port at $4.2 billion.",
    "The largest buyers were two state firms at $7.1 billion and $4.2 billion.",
]


def _found(sentence: str) -> set[Found]:
    mentions = extract_document(LEAD + sentence, PUB, "Jakarta").trade_mentions
    return {(m.flow, m.reporter_iso3, m.partner_iso3, m.value, m.product) for m in mentions}


@pytest.mark.parametrize("sentence", RANKED_FIRST)
def test_ranked_items_of_the_told_flow(sentence: str) -> None:
    assert _found(sentence) == COAL_AND_PALM_OIL


def test_imports_ranked_items_take_the_imports() -> None:
    text = (
        "SANTIAGO, March 3 - Chile's imports from Brazil reached $6.2 billion in 2024. The top "
        "products were crude oil at $1.9 billion, beef at $0.8 billion and cars at $0.6 billion."
    )
    found = {(m.flow, m.value, m.product) for m in extract_document(text, PUB, "Santiago").trade_mentions}
    assert found == {
        ("imports", 6.2e9, None),
        ("imports", 1.9e9, "crude oil"),
        ("imports", 0.8e9, "beef"),
        ("imports", 0.6e9, "cars"),
    }


@pytest.mark.parametrize("sentence", NO_GOODS)
def test_ranked_non_goods_give_no_item(sentence: str) -> None:
    assert _found(sentence) == {TOTAL}
