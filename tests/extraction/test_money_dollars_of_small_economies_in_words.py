"""The dollars of the Solomons, the Caymans, Bermuda and Suriname named in words, written for these
tests.

"1.2 billion Solomon Islands dollars", "Cayman Islands dollars", "Bermudian dollars", "Surinamese
dollars", "Eastern Caribbean dollars" had been no money at all: a qualifier the dollar's table did
not list named a country whose adjective it did not list either, and the amount was dropped. The
table now lists them (SBD, KYD, BMD, SRD, XCD, and "Belizean" for BZD). Dollars the table listed,
and bare dollars, read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.money import find_money


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Exports reached 1.2 billion Solomon Islands dollars.", "SBD"),
        ("Exports reached 1.2 billion Solomon dollars.", "SBD"),
        ("Exports reached 1.2 billion Cayman Islands dollars.", "KYD"),
        ("Exports reached 1.2 billion Bermudian dollars.", "BMD"),
        ("Exports reached 1.2 billion Surinamese dollars.", "SRD"),
        ("Exports reached 1.2 billion Eastern Caribbean dollars.", "XCD"),
        ("Exports reached 1.2 billion Belizean dollars.", "BZD"),
        # as before
        ("Exports reached 1.2 billion East Caribbean dollars.", "XCD"),
        ("Exports reached 1.2 billion Fijian dollars.", "FJD"),
        ("Exports reached 1.2 billion dollars.", "USD"),
    ],
)
def test_the_currency(text: str, code: str) -> None:
    (money,) = find_money(text)
    assert (money.value, money.currency) == (1.2e9, code)
