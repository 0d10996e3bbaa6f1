"""The US dollar's sign written after the amount, written for these tests.

"exports of 1.2 billion US$" is 1.2 billion USD, as Vietnamese and Chinese desks' English copy
sets it: the sign after the number had been no marker ("$" alone and "USD" after it were read
already). The sign before the amount, and "US$" opening the next amount, read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.money import find_money


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("exports of 1.2 billion US$ in 2024", [("1.2 billion US$", 1.2e9, "USD")]),
        ("turnover hit 4.5 billion US$, up 12%", [("4.5 billion US$", 4.5e9, "USD")]),
        # as before
        ("exports of 1.2 billion USD", [("1.2 billion USD", 1.2e9, "USD")]),
        ("exports in 2023 US$ 84.6 million", [("US$ 84.6 million", 8.46e7, "USD")]),
        ("exports rose 12 % to US$84.6 million", [("US$84.6 million", 8.46e7, "USD")]),
    ],
)
def test_sign_after_amount(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(m.text, m.value, m.currency) for m in find_money(text)] == expected


def test_trade_figure_with_the_sign_after() -> None:
    found = facts("Vietnam's exports to Laos reached 1.2 billion US$ in 2024.", date(2025, 3, 1))
    assert found == {fact("exports", "VNM", "LAO", "2024-01-01", "2024-12-31", 1.2e9, "USD")}
