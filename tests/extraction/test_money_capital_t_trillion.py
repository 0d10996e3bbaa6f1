"""A capital "T" glued to an amount is a trillion, written for these tests.

Business headlines and market copy write "$1.2T" as they write "$1.2B" and "$800M"; the "B" and
the "M" were read, the "T" was not, and "$1.2T" was one dollar twenty. `numbers.SCALE_PATTERN`
now reads a "T" glued to its number (and `scale_factor` gives it 1e12), before "-plus" too. A
spaced "T" or one before a hyphen is a word's ("$5 T-shirts"), and a lower-case "t" (tonnes)
is no scale.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.money import find_money
from orchestration.extraction.numbers import scale_factor


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Two-way trade topped $1.2T last year.", ("$1.2T", 1.2e12, "USD")),
        ("Its exports reached US$3T in 2024.", ("US$3T", 3e12, "USD")),
        ("The bloc's imports hit €1.1T in 2024.", ("€1.1T", 1.1e12, "EUR")),
        ("Japan ran a 1.5T yen deficit with China.", ("1.5T yen", 1.5e12, "JPY")),
        ("Trade worth $1.2T-plus crossed the strait.", ("$1.2T", 1.2e12, "USD")),
        # as before
        ("Two-way trade topped $1.2B last year.", ("$1.2B", 1.2e9, "USD")),
        ("The $5 T-shirts sold out in Accra.", ("$5", 5.0, "USD")),
        ("The mill sold 40t of maize for $9,000.", ("$9,000", 9000.0, "USD")),
    ],
)
def test_the_amount(text: str, amount: tuple[str, float, str]) -> None:
    found = find_money(text)
    assert [(m.text, m.value, m.currency) for m in found] == [amount]


def test_scale_factor() -> None:
    assert scale_factor("T") == 1e12
    assert scale_factor("t") is None
