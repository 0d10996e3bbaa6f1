"""Two amounts of one flow, each with its own goods, joined by "and", written for these tests.

"Peru sold $900 million worth of copper and $300 million of zinc to Brazil in 2024" tells two
figures, copper's and zinc's; the first had been found with no goods, since the goods after an
amount ran on to the word that ends them ("to", "in", a comma) and "and" before the second
amount was none of those, so the phrase met the "$" and failed. "and" before a word with a digit
(the next amount: "$300 million", "US$300 million", "300 million dollars'") now ends the goods,
after "worth of" and after a bare "of" alike. Goods joined by "and" with no amount between
("exports of copper and zinc reached ...") stay one product.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.text import split_sentences
from orchestration.extraction.trade import extract_trade_mentions

PUB = date(2025, 3, 3)


def _goods(text: str) -> set[tuple[str, str, str, float, str | None]]:
    return {
        (m.flow, m.reporter_iso3, m.partner_iso3, m.value, m.product)
        for m in extract_trade_mentions(text, split_sentences(text), PUB)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru sold $900 million worth of copper and $300 million of zinc to Brazil in 2024.",
         {("exports", "PER", "BRA", 900e6, "copper"), ("exports", "PER", "BRA", 300e6, "zinc")}),
        ("Peru exported $900 million of copper and $300 million of zinc to Brazil in 2024.",
         {("exports", "PER", "BRA", 900e6, "copper"), ("exports", "PER", "BRA", 300e6, "zinc")}),
        ("Brazil bought $640 million worth of soybeans and $85 million worth of beef from Paraguay "
         "last year.",
         {("imports", "BRA", "PRY", 640e6, "soybeans"), ("imports", "BRA", "PRY", 85e6, "beef")}),
        ("Ghana sold Togo $120 million worth of cement and US$45 million worth of fish in 2024.",
         {("exports", "GHA", "TGO", 120e6, "cement"), ("exports", "GHA", "TGO", 45e6, "fish")}),
    ],
)  # fmt: skip
def test_each_amount_keeps_its_own_goods(
    text: str, expected: set[tuple[str, str, str, float, str | None]]
) -> None:
    assert _goods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # goods joined with no amount between them stay one product
        ("Peru's exports of copper and zinc to Brazil reached $1.2 billion in 2024.",
         {("exports", "PER", "BRA", 1.2e9, "copper and zinc")}),
        ("Peru sold $1.2 billion worth of copper and zinc to Brazil in 2024.",
         {("exports", "PER", "BRA", 1.2e9, "copper and zinc")}),
    ],
)  # fmt: skip
def test_goods_joined_without_an_amount_stay_one(
    text: str, expected: set[tuple[str, str, str, float, str | None]]
) -> None:
    assert _goods(text) == expected
