"""The Congolese franc's "FC" before the number, written for these tests.

"The DRC's exports to Zambia reached FC 1.2 trillion in 2024." is 1.2e12 CDF (Kinshasa's press
writes the "franc congolais" so); it had been no money, so no figure. The mark is also the
Comorian franc's, so a figure of the Comoros takes KMF. Weak, as a club's initials: only with a
scale word or a number of at least 1,000 ("FC 12 won", "FC 500 fans" are no money), as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.money import find_money

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")


def _amounts(text: str) -> list[tuple[float, str | None]]:
    return [(m.value, m.currency) for m in find_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Copper exports reached FC 1.2 trillion in 2024.", [(1.2e12, "CDF")]),
        ("Copper exports reached FC120 billion in 2024.", [(120e9, "CDF")]),
        # as before
        ("FC 12 won the cup in 2024.", []),
        ("FC 500 fans came.", []),
        ("FC Barcelona paid 12 million euros.", [(12e6, "EUR")]),
    ],
)
def test_amounts(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The DRC's exports to Zambia reached FC 1.2 trillion in 2024.",
         fact("exports", "COD", "ZMB", *Y24, 1.2e12, "CDF")),
        ("The Comoros' imports from France reached FC 12 billion in 2024.",
         fact("imports", "COM", "FRA", *Y24, 12e9, "KMF")),
    ],
)  # fmt: skip
def test_figures(text: str, expected: tuple[object, ...]) -> None:
    assert facts(text, PUB) == {expected}
