"""Goods told to lead the flow of the sentence before, valued with "at", written for these tests.

After "South Korea's exports to Vietnam reached $60 billion in 2024.", the sentence
"Semiconductors led the way at $20 billion." (or "topped the list, at", "were the largest item
at") now gives the semiconductor exports KOR-VNM; the amount had been lost, the sentence having
no flow word and no word that let it be read after a figure. `_CONTINUATION_HINT` lets a ranked
item be read, and `_TOP_ITEM_OF_TOLD_FLOW` takes "at" or "worth" after the item as it took
"earning", while `_leading_item` reads goods that led "the way", "the list" or "the ranking".
A firm, a country, a province or investment leading gives no figure. Each figure is compared
as (flow, reporter, partner, value, product).
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 3)
Found = tuple[str, str, str, float, str | None]
LEAD = "SEOUL, March 3 - South Korea's exports to Vietnam reached $60 billion in 2024. "
TOTAL = ("exports", "KOR", "VNM", 60e9, None)

LEADING = [
    ("Semiconductors led the way at $20 billion.",
     {TOTAL, ("exports", "KOR", "VNM", 20e9, "semiconductors")}),
    ("Memory chips topped the list, at $20 billion.",
     {TOTAL, ("exports", "KOR", "VNM", 20e9, "memory chips")}),
    ("Steel plates headed the ranking with $4 billion.",
     {TOTAL, ("exports", "KOR", "VNM", 4e9, "steel plates")}),
    ("Semiconductors were the largest item at $20 billion.",
     {TOTAL, ("exports", "KOR", "VNM", 20e9, "semiconductors")}),
    ("Display panels remained the top product, worth $7 billion.",
     {TOTAL, ("exports", "KOR", "VNM", 7e9, "display panels")}),
]  # fmt: skip

NO_GOODS = [
    "Samsung Electronics led the way at $20 billion.",
    "Samsung led the way at $20 billion.",
    "Gyeonggi province led the way at $20 billion.",
    "China topped the ranking of partners with $20 billion.",
    "Investment led the way at $20 billion.",
]


def _found(sentence: str) -> set[Found]:
    mentions = extract_document(LEAD + sentence, PUB, None).trade_mentions
    return {(m.flow, m.reporter_iso3, m.partner_iso3, m.value, m.product) for m in mentions}


@pytest.mark.parametrize(("sentence", "expected"), LEADING)
def test_goods_leading_the_told_flow(sentence: str, expected: set[Found]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence", NO_GOODS)
def test_no_goods_leading_gives_no_item(sentence: str) -> None:
    assert _found(sentence) == {TOTAL}
