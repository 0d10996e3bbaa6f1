"""A decade written with an apostrophe, invented for these tests.

"the 2020s" names no one year, and "the 2020's" (the older spelling, still common) had been read
as the year 2020, a period a figure of the sentence could take. After "the" (or "early", "mid-",
"late") the apostrophe's year is a decade; without it, it is a year's possessive ("2020's
exports"), a year as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.periods import find_periods

PUB = date(2025, 11, 20)


def _periods(text: str) -> list[tuple[str, str, str]]:
    return [(p.text, p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "Shipments of copper to the region climbed steadily in the 2020's.",
        "In the 2010’s, two-way commerce doubled.",
        "By the mid-2020's the corridor carried most of the grain.",
        "In the early 1990's the two economies barely traded.",
        "Coffee sales slumped in the late 1980's, officials recalled.",
    ],
)
def test_decade_with_an_apostrophe_is_no_year(text: str) -> None:
    assert _periods(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020's exports to Peru fell 5 percent.", [("2020", "2020-01-01", "2020-12-31")]),
        ("Sales slowed in 2020's first half.", [("2020's first half", "2020-01-01", "2020-06-30")]),
        ("Imports from Chile rose in 2010.", [("2010", "2010-01-01", "2010-12-31")]),
        ("The 2023's tally was a record.", [("2023", "2023-01-01", "2023-12-31")]),
    ],
)
def test_a_year_s_possessive_stays_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _periods(text) == expected
