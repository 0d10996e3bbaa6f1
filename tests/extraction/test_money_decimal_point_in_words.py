"""A number in words with a decimal point, written for these tests.

"Kenya's exports to Uganda reached one point two billion dollars in 2024." is 1.2e9 USD, as a
radio script or a transcribed speech says it; it had been 2e9, the last digit word read as the
whole number. "three point two five billion dollars" is 3.25e9. "two billion dollars", "a point
of two billion dollars" and a "point" not followed by digit words read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.money import find_money

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")


def _amounts(text: str) -> list[tuple[float, str | None, str]]:
    return [(m.value, m.currency, m.text) for m in find_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade reached one point two billion dollars.", [(1.2e9, "USD", "one point two billion dollars")]),
        ("Trade reached three point two five billion dollars.",
         [(3.25e9, "USD", "three point two five billion dollars")]),
        ("Trade reached One Point Five trillion tenge.", [(1.5e12, "KZT", "One Point Five trillion tenge")]),
        ("Trade reached twelve point five billion shillings.",
         [(12.5e9, "KES", "twelve point five billion shillings")]),
        # as before
        ("Trade reached two billion dollars.", [(2e9, "USD", "two billion dollars")]),
        ("Trade passed a point of two billion dollars.", [(2e9, "USD", "two billion dollars")]),
    ],
)  # fmt: skip
def test_decimal_point_in_words(text: str, expected: list[tuple[float, str | None, str]]) -> None:
    assert _amounts(text) == expected


def test_figure_with_a_decimal_point_in_words() -> None:
    text = "Kenya's exports to Uganda reached one point two billion dollars in 2024."
    assert facts(text, PUB) == {fact("exports", "KEN", "UGA", *Y24, 1.2e9, "USD")}
