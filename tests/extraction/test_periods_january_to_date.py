""" "From January to date", written for these tests.

"Kenya's exports to Uganda reached $600 million from January to date." in a story of 12 June 2025
is January-May 2025 ("January till date" too), as "since January" already was; it had been January
alone, and after "from" a period compared with, so the sentence gave no figure. Another month
before "to date", a month range and "in January" read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 12)
SO_FAR = ("2025-01-01", "2025-05-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tea exports from January to date reached $2.1bn.", [SO_FAR]),
        ("Tea exports from January till date reached $2.1bn.", [SO_FAR]),
        # as before
        ("Tea exports since January reached $2.1bn.", [SO_FAR]),
        ("Tea exports from January to March reached $2.1bn.", [("2025-01-01", "2025-03-31")]),
        ("Tea exports from February to date reached $2.1bn.", [("2025-02-01", "2025-02-28")]),
        ("Tea exports in January reached $2.1bn.", [("2025-01-01", "2025-01-31")]),
    ],
)
def test_january_to_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert [
        (p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, PUB)
    ] == expected


def test_figure_from_january_to_date() -> None:
    text = "Kenya's exports to Uganda reached $600 million from January to date."
    assert facts(text, PUB) == {fact("exports", "KEN", "UGA", *SO_FAR, 6e8, "USD")}
