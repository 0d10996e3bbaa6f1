"""Imports named by their origin's demonym and the country they went into, written for these tests.

"Italian imports into Egypt" are goods of Italian make that entered Egypt: Egypt's imports from
Italy, as "Chilean wine imported into New Zealand" already was New Zealand's imports from
Chile; the demonym had been read as the importer, Egypt then left no role, and the figure was
dropped. After the noun "imports" only "into" tells this ("Chinese imports to ..." or "by ..."
may be China's own). Facts are compared as sets of (flow, reporter, partner, start, end, value,
currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 3, 4)
Y24 = ("2024-01-01", "2024-12-31")

INTO = [
    ("Spanish imports into Morocco were worth EUR 11.2 billion in 2024.", PUB,
     [fact("imports", "MAR", "ESP", *Y24, 11.2e9, "EUR")]),
    ("Vietnamese imports into the Philippines rose 8 percent to $6.3 billion in 2024.", PUB,
     [fact("imports", "PHL", "VNM", *Y24, 6.3e9, "USD", 8.0)]),
    ("Ukrainian maize imports into Spain came to $1.1 billion in 2024.", PUB,
     [fact("imports", "ESP", "UKR", *Y24, 1.1e9, "USD", product=True)]),
]  # fmt: skip

OWN = [
    # the demonym's own imports, from a named origin, stay its own
    ("Spanish imports from Morocco were worth EUR 9.4 billion in 2024.", PUB,
     [fact("imports", "ESP", "MAR", *Y24, 9.4e9, "EUR")]),
    ("Imports into Morocco from Spain were worth EUR 11.2 billion in 2024.", PUB,
     [fact("imports", "MAR", "ESP", *Y24, 11.2e9, "EUR")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), INTO)
def test_demonym_imports_into_a_country_are_its_imports(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(("text", "published", "expected"), OWN)
def test_demonym_imports_from_a_country_stay_its_own(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)
