"""Three more ways the local press marks its currency before the number: Tanzanian papers' "Tshs"
("Tshs 1.2 trillion"), Ghanaian papers' "GHc"/"Ghc" for the cedi's sign ("GHc 1.2 billion") and
Al-Ahram's "£E" ("£E1.2bn"). Written for these tests.

Each had been no money at all. "GHC" in capitals is an initialism too, so it counts only with a
scale word or a large number; "£" alone stays the pound sterling.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.money import find_money


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("Cashew receipts reached Tshs 1.2 trillion this season.", 1.2e12, "TZS"),
        ("Gold royalties came to GHc 1.2 billion in the half.", 1.2e9, "GHS"),
        ("Cocoa farmers were paid Ghc5 billion in bonuses.", 5e9, "GHS"),
        ("Fertiliser sales earned GHC 500 million for the firm.", 500e6, "GHS"),
        ("Cotton yarn worth £E1.2bn left Alexandria.", 1.2e9, "EGP"),
        ("Cotton yarn worth £1.2bn left Liverpool.", 1.2e9, "GBP"),
    ],
)
def test_mark_before_number(text: str, value: float, code: str) -> None:
    assert [(m.value, m.currency) for m in find_money(text)] == [(value, code)]


def test_initialism_without_a_scale_is_no_money() -> None:
    assert find_money("Delegates met at the GHC 12 session in Accra.") == []
