""" "The first week of June", written for these tests.

"Kenya's exports to Uganda reached $600 million in the first week of June." in a story of 12 June
2025 is 1-7 June 2025, as "the first two weeks of May" already was its fourteen days; it had been
the whole of June 2024 (the month alone, not yet ended at publication). "the first fortnight of
May 2025" is 1-14 May and "the first week of this month" the first seven days of the publication
month. "the first weeks of May" (no count) and "in June" read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 12)


def _spans(text: str) -> list[tuple[str, str]]:
    return [(p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tea exports reached $2.1bn in the first week of June.", [("2025-06-01", "2025-06-07")]),
        ("Tea exports reached $2.1bn in the first week of May.", [("2025-05-01", "2025-05-07")]),
        ("Tea exports reached $2.1bn in the first fortnight of May 2025.", [("2025-05-01", "2025-05-14")]),
        ("Tea exports reached $2.1bn in the first week of this month.", [("2025-06-01", "2025-06-07")]),
        # as before
        ("Tea exports reached $2.1bn in the first two weeks of May.", [("2025-05-01", "2025-05-14")]),
        ("Tea exports reached $2.1bn in the first weeks of May.", [("2025-05-01", "2025-05-31")]),
        ("Tea exports reached $2.1bn in June.", [("2024-06-01", "2024-06-30")]),
    ],
)
def test_first_week_of_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


def test_figure_of_the_first_week_of_a_month() -> None:
    text = "Kenya's exports to Uganda reached $600 million in the first week of June."
    assert facts(text, PUB) == {fact("exports", "KEN", "UGA", "2025-06-01", "2025-06-07", 6e8, "USD")}
