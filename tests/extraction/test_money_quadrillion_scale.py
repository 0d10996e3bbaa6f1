"""The quadrillion as a scale word, written for these tests.

"VND1.2 quadrillion" is 1.2e15 dong: the dong's and the rupiah's totals reach a thousand trillion,
which Vietnamese and Indonesian English copy writes so. The word had been unsized, and the amount
read as VND 1.2. A quadrillion with no currency stays no money.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.money import find_money


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("exports of VND1.2 quadrillion", [("VND1.2 quadrillion", 1.2e15, "VND")]),
        ("exports of Rp1.2 quadrillion", [("Rp1.2 quadrillion", 1.2e15, "IDR")]),
        ("exports of 1.2 quadrillion rupiah", [("1.2 quadrillion rupiah", 1.2e15, "IDR")]),
        # as before
        ("exports of VND1,200 trillion", [("VND1,200 trillion", 1.2e15, "VND")]),
        ("about 1.2 quadrillion", []),
    ],
)
def test_quadrillion(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(m.text, m.value, m.currency) for m in find_money(text)] == expected


def test_trade_figure_in_quadrillions() -> None:
    found = facts("Vietnam's exports to Laos reached VND1.2 quadrillion in 2024.", date(2025, 3, 1))
    assert found == {fact("exports", "VNM", "LAO", "2024-01-01", "2024-12-31", 1.2e15, "VND")}
