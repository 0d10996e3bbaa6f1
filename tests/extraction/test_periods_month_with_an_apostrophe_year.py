""" "Apr'24-Mar'25": months with a two-digit year after an apostrophe, written for these tests.

"India's exports to the UAE reached $9 billion in Apr'24-Mar'25." is April 2024-March 2025 (Indian
and business copy writes a run of months so); it had been April 2025 alone. "April '24 to March
'25", "May '25" and "Jan-May'24" read so too. A decade ("the '90s"), "May 2025" and a run
without a year ("Apr-Mar", of the year the run last ended) read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 12)
FY25 = ("2024-04-01", "2025-03-31")


def _spans(text: str) -> list[tuple[str, str]]:
    return [(p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports reached $9 billion in Apr'24-Mar'25.", [FY25]),
        ("Exports reached $9 billion in April '24-March '25.", [FY25]),
        ("Exports reached $9 billion in April ’24 to March ’25.", [FY25]),
        ("Exports reached $9 billion in Jan-May'24.", [("2024-01-01", "2024-05-31")]),
        ("Exports reached $9 billion in May '24.", [("2024-05-01", "2024-05-31")]),
        # as before
        ("Exports reached $9 billion in Apr-Mar.", [FY25]),
        ("Exports reached $9 billion in May 2024.", [("2024-05-01", "2024-05-31")]),
        ("Exports were low in the '90s.", []),
    ],
)
def test_month_with_an_apostrophe_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


def test_figure_of_months_with_apostrophe_years() -> None:
    text = "India's exports to the UAE reached $9 billion in Apr'24-Mar'25."
    assert facts(text, PUB) == {fact("exports", "IND", "ARE", *FY25, 9e9, "USD")}
