"""A comparison amount dated "last year" after a figure of twelve months, written for these tests.

"as compared to $X last year" compares a figure with the same span a year before. After a
fiscal year ("in FY24") or a year that is itself the publication's last ("in 2024", told in
2025), "last year" read as the year before publication is the figure's own year or a calendar
year across the fiscal one; the comparison is the twelve months before the figure's. After a
part of a year, "last year" may be the whole year and stays so.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

FY25 = ("2024-07-01", "2025-06-30")
FY24 = ("2023-07-01", "2024-06-30")

LAST_YEAR_COMPARED = [
    ("Pakistan's exports to Germany during FY25 rose 4 percent to $2.1 billion as compared to "
     "$2.02 billion last year.", date(2025, 7, 20),
     [fact("exports", "PAK", "DEU", *FY25, 2.1e9, "USD", 4.0),
      fact("exports", "PAK", "DEU", *FY24, 2.02e9, "USD")]),
    ("Pakistan's imports from Malaysia during July-June 2024-25 stood at $1.4 billion against "
     "$1.6 billion in the last fiscal year.", date(2025, 7, 20),
     [fact("imports", "PAK", "MYS", *FY25, 1.4e9, "USD"),
      fact("imports", "PAK", "MYS", *FY24, 1.6e9, "USD")]),
    ("Uruguay's exports to Brazil reached $2.3 billion in 2024, compared with $2.1 billion last "
     "year.", date(2025, 2, 3),
     [fact("exports", "URY", "BRA", "2024-01-01", "2024-12-31", 2.3e9, "USD"),
      fact("exports", "URY", "BRA", "2023-01-01", "2023-12-31", 2.1e9, "USD")]),
    # near misses: a figure of a part of a year, and "last year" as the figure's own time
    ("Uruguay's exports to Brazil reached $1.7 billion in the first nine months, compared with "
     "$2.1 billion last year.", date(2025, 10, 20),
     [fact("exports", "URY", "BRA", "2025-01-01", "2025-09-30", 1.7e9, "USD"),
      fact("exports", "URY", "BRA", "2024-01-01", "2024-12-31", 2.1e9, "USD")]),
    ("Uruguay's exports to Brazil reached $2.1 billion last year.", date(2025, 2, 3),
     [fact("exports", "URY", "BRA", "2024-01-01", "2024-12-31", 2.1e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), LAST_YEAR_COMPARED)
def test_last_year_after_compared_amount(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
