"""Amounts in words whose number is joined to its scale by a hyphen: "a half-billion dollars",
"half-a-billion dollars", "two-billion dollars". Written for these tests.

The word grammar had asked for a space there, so "a half-billion dollars" was no amount and
"half-a-billion dollars" none either; spaced amounts and figures in digits read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.money import find_money


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rice sales to the islands are worth a half-billion dollars a year.", [(5e8, "USD", None)]),
        ("Rice sales to the islands are worth nearly a half-billion dollars a year.",
         [(5e8, "USD", "nearly")]),
        ("Rice sales to the islands are worth half-a-billion dollars a year.", [(5e8, "USD", None)]),
        ("Rice sales to the islands are worth two-billion euros a year.", [(2e9, "EUR", None)]),
        # as before: spaced words, digits, and a scale with no currency after it
        ("Rice sales to the islands are worth half a billion dollars a year.", [(5e8, "USD", None)]),
        ("Rice sales to the islands are worth $1.5-billion a year.", [(1.5e9, "USD", None)]),
        ("The census counted a half-million people on the islands.", []),
    ],
)  # fmt: skip
def test_word_amount_joined_by_a_hyphen(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert [(m.value, m.currency, m.qualifier) for m in find_money(text)] == expected
