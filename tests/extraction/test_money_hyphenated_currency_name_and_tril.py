"""A currency's adjective joined to its word by a hyphen, and "tril", written for these tests.

"12 billion US-Dollar" (German house style carried into English), "12 billion US-dollars",
"3.4 billion Canadian-dollars" are amounts in the currency the adjective names, as "12 billion US
dollars" is; the hyphen had parted the adjective from the word, and the amount had been no money.
"US$1.2 tril", the headline clipping of "trillion" (as "bil" and "mil"), is 1.2e12; it had been
US$1.2. A hyphenated compound after the word, a hyphen
before no word, and other scale words read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.money import find_money


def _amounts(text: str) -> list[tuple[float, str | None]]:
    return [(m.value, m.currency) for m in find_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports to Poland reached 12 billion US-Dollar in 2024.", [(12e9, "USD")]),
        ("Exports to Poland reached 12 billion US-dollars in 2024.", [(12e9, "USD")]),
        ("Exports to Poland reached 12 billion U.S.-dollars in 2024.", [(12e9, "USD")]),
        ("Exports to Mexico reached 3.4 billion Canadian-dollars in 2024.", [(3.4e9, "CAD")]),
        ("Imports from Vietnam reached US$1.2 tril in 2024.", [(1.2e12, "USD")]),
        ("Imports from Vietnam reached $1.2 tril in 2024.", [(1.2e12, "USD")]),
    ],
)
def test_read(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports to Poland reached 12 billion US dollars in 2024.", [(12e9, "USD")]),
        ("Exports to Mexico reached 3.4 billion Canadian dollars in 2024.", [(3.4e9, "CAD")]),
        ("The loan of 12 billion US- and euro-denominated bonds was repaid.", []),
        ("Exports reached $1.2 trillion in 2024.", [(1.2e12, "USD")]),
        ("The US-dollar exchange rate rose 3 percent.", []),
    ],
)
def test_as_before(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _amounts(text) == expected
