"""The pair's own word after the goods of a trade, written for these tests.

"Non-oil bilateral trade between the UAE and Indonesia reached US$5.1 billion in 2024." is the
pair's non-oil trade: "bilateral" (or "two-way", "mutual", "reciprocal") after the goods
modifier says whose trade it is, no part of the goods, as "foreign" in "non-oil foreign trade"
already was not; the product had been "non-oil bilateral". Goods named after the pair word
("Bilateral trade in agricultural products", "Bilateral coffee trade") read as before. Facts
are compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 7, 15)


def _products(text: str) -> list[str | None]:
    return [m.product for m in extract_document(text, PUB).trade_mentions]


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Non-oil bilateral trade between the UAE and Indonesia reached US$5.1 billion in 2024.", "non-oil"),
        ("The UAE's non-oil bilateral trade with Indonesia reached US$5.1 billion in 2024.", "non-oil"),
        ("Non-oil two-way trade between Saudi Arabia and Egypt reached $9.3 billion in 2024.", "non-oil"),
        ("Oman's non-oil mutual trade with India stood at $4.2 billion in 2024.", "non-oil"),
        # near misses, as before
        ("Bilateral non-oil trade between the UAE and Indonesia reached US$5.1 billion in 2024.", "non-oil"),
        ("Bilateral trade in agricultural products between Chile and Peru reached $1.1 billion in 2024.",
         "agricultural products"),
        ("Bilateral coffee trade between Ethiopia and Kenya reached $110 million in 2024.", "coffee"),
    ],
)  # fmt: skip
def test_pair_word_is_no_part_of_the_goods(text: str, product: str) -> None:
    assert _products(text) == [product]
