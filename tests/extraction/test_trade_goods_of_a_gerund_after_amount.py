"""The goods a selling gerund after the amount takes as object, written for these tests.

"Australia earned A$2 billion from selling wine to China" tells the goods as the gerund's
object, closed by the partner's "to"; the figure had been found with no goods, as only the
object between a verb and its amount was read. "from exporting goods" names all goods.
Each figure is compared as (flow, reporter, partner, value, product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import extract

PUB = date(2025, 2, 10)
Found = tuple[str, str, str, float, str | None]

GERUND_GOODS = [
    ("Australia earned A$2 billion from selling wine to China in 2024.",
     {("exports", "AUS", "CHN", 2e9, "wine")}),
    ("Sri Lanka earned $410 million by exporting black tea to Russia in 2024.",
     {("exports", "LKA", "RUS", 410e6, "black tea")}),
    # near misses: all goods, and a verb before its amount as before
    ("Cambodia earned $2.2 billion from exporting goods to Vietnam in 2024.",
     {("exports", "KHM", "VNM", 2.2e9, None)}),
    ("Australia sold A$2 billion of wine to China in 2024.",
     {("exports", "AUS", "CHN", 2e9, "wine")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GERUND_GOODS)
def test_gerund_object_after_amount_is_the_goods(text: str, expected: set[Found]) -> None:
    found = {(m.flow, m.reporter_iso3, m.partner_iso3, m.value, m.product) for m in extract(text, PUB)}
    assert found == expected
