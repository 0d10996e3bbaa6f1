"""A country's imports named for their origin's demonym, with no goods between, written for
these tests.

"Morocco's Spanish imports were worth $9.8 billion in 2024" is Morocco's imports from Spain, as
"Morocco's Spanish olive oil imports" already were; with no goods between the demonym and
"imports" the figure had been lost, the demonym read as the importer and the possessive left
over. A possessive right before the demonym now tells the importer also when no goods stand
between; the demonym alone ("Chinese imports rose") and exports ("Morocco's Spanish exports",
whose sense is unclear) read as before. Facts are compared as sets of (flow, reporter,
partner, start, end, value, currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 2, 20)
Y24 = ("2024-01-01", "2024-12-31")

OWNED = [
    ("Morocco's Spanish imports were worth $9.8 billion in 2024.", PUB,
     [fact("imports", "MAR", "ESP", *Y24, 9.8e9, "USD")]),
    ("Nigeria's Chinese imports climbed 11% to $21.4 billion in 2024.", PUB,
     [fact("imports", "NGA", "CHN", *Y24, 21.4e9, "USD", 11.0)]),
    ("Chile's Argentine purchases totalled $6.3 billion last year.", PUB,
     [fact("imports", "CHL", "ARG", *Y24, 6.3e9, "USD")]),
    # goods between, as before
    ("Morocco's Spanish olive oil imports were worth $90 million in 2024.", PUB,
     [fact("imports", "MAR", "ESP", *Y24, 90e6, "USD", product=True)]),
]  # fmt: skip

UNCHANGED = [
    ("Morocco's Spanish exports were worth $9.8 billion in 2024.", PUB, []),
    ("Morocco's Moroccan imports were worth $9.8 billion in 2024.", PUB, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), OWNED)
def test_possessive_before_a_demonym_is_the_importer(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(("text", "published", "expected"), UNCHANGED)
def test_exports_and_own_demonym_stay_as_before(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
