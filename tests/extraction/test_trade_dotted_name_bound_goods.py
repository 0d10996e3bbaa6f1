"""A destination written with a dotted name before "-bound", written for these tests.

"U.S.-bound exports" names the partner; once the dotted "U.S." is read as the country, the
"-bound" it leaves is no goods, as "outbound" is not ("China-bound shipments" already had no
goods). Goods named after it stay the goods. Each figure is compared as (flow, reporter,
partner, value, product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import extract

PUB = date(2025, 2, 10)
Found = tuple[str, str, str, float, str | None]

BOUND = [
    ("U.S.-bound exports from Guatemala totaled $4.9 billion in 2024.",
     {("exports", "GTM", "USA", 4.9e9, None)}),
    ("Jamaica's U.K.-bound shipments rose 8 percent to $210 million in 2024.",
     {("exports", "JAM", "GBR", 210e6, None)}),
    # goods after the destination stay the goods
    ("Ecuador's U.S.-bound shrimp exports reached $1.3 billion in 2024.",
     {("exports", "ECU", "USA", 1.3e9, "shrimp")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BOUND)
def test_bound_after_a_dotted_name_is_no_goods(text: str, expected: set[Found]) -> None:
    found = {(m.flow, m.reporter_iso3, m.partner_iso3, m.value, m.product) for m in extract(text, PUB)}
    assert found == expected
