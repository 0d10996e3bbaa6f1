"""A scaled amount whose currency is told after it as its terms, invented for these tests.

"Sales reached 1.2 billion in US dollars" is 1.2 billion USD: the amount had no marker of its own
and had been no money, though the sign's branch already read "$3.2 billion in Canadian dollars".
So too "(in Canadian dollars)", "(Australian dollars)" and ", in US dollar terms". A name that
leaves a choice, a count that is no money, and an amount with no scale word stay as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.money import find_money


def _amounts(text: str) -> list[tuple[str, float, str | None]]:
    return [(m.text, m.value, m.currency) for m in find_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Timber sales reached 1.2 billion in US dollars.", [("1.2 billion", 1.2e9, "USD")]),
        ("Timber sales reached 3.4 billion (in Canadian dollars).", [("3.4 billion", 3.4e9, "CAD")]),
        ("Timber sales reached 3.4 billion (Australian dollars).", [("3.4 billion", 3.4e9, "AUD")]),
        ("Timber sales reached 3.4 billion, in US dollar terms.", [("3.4 billion", 3.4e9, "USD")]),
        # as before
        ("Timber sales reached 3.4 billion in dollars.", []),
        ("Timber sales reached 1.2 million tonnes in US dollars.", []),
        ("Timber sales reached 1,200 in US dollars.", []),
        ("Timber sales reached $3.2 billion in Canadian dollars.", [("$3.2 billion", 3.2e9, "CAD")]),
    ],
)
def test_amount_in_currency_terms(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert _amounts(text) == expected
