"""A scaled amount told in the terms of a currency of one name, written for these tests.

"Sales reached 3.4 billion in euros" is 3.4 billion EUR: the unit told after the amount as its
terms needs no qualifier when its name leaves no choice (euros, yuan, yen, sterling), where only a
qualified name ("in US dollars") had made the amount money. A name that leaves a choice ("in
dollars", "in pounds"), a weak unit that is a common word too ("in real terms", "in rand"), a place
("in euro zone trade"), a count that is no money and an amount with no scale word stay as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.money import find_money


def _amounts(text: str) -> list[tuple[str, float, str | None]]:
    return [(m.text, m.value, m.currency) for m in find_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Timber sales reached 3.4 billion in euros.", [("3.4 billion", 3.4e9, "EUR")]),
        ("Timber sales reached 1.2 trillion, in yuan terms.", [("1.2 trillion", 1.2e12, "CNY")]),
        ("Timber sales reached 850 million (in sterling).", [("850 million", 8.5e8, "GBP")]),
        ("Timber sales reached 2.1 trillion in yen in 2024.", [("2.1 trillion", 2.1e12, "JPY")]),
        # as before
        ("Timber sales reached 3.4 billion in dollars.", []),
        ("Timber sales reached 3.4 billion in pounds.", []),
        ("Timber sales grew 3.4 billion in real terms.", []),
        ("Timber sales grew 3.4 billion in rand.", []),
        ("Timber sales grew 1.2 billion in euro zone trade.", []),
        ("Timber sales reached 1.2 million tonnes in euros.", []),
        ("Timber sales reached 1,200 in euros.", []),
        ("Timber sales reached 1.2 billion in US dollars.", [("1.2 billion", 1.2e9, "USD")]),
    ],
)
def test_amount_in_terms_of_one_currency(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert _amounts(text) == expected


def test_trade_figure_in_euros() -> None:
    found = facts("Germany's exports to China were 3.4 billion in euros in 2024.", date(2025, 3, 1))
    assert found == {fact("exports", "DEU", "CHN", "2024-01-01", "2024-12-31", 3.4e9, "EUR")}
