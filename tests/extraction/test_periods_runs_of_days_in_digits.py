"""Runs of days written in digits, written for these tests.

"Kenya's exports to Uganda reached $600 million in 01.01.2025-31.05.2025." is 1 January-31 May
2025, as "from 1 January to 31 May 2025" already was; it had been no period, so the sentence gave
no figure. CIS, European and Asian statistics write periods so: dotted dates day first, joined
by a dash, "to" or "between ... and"; slashed ones day first too unless only the month-first
reading makes a run ("01/01/2025 to 05/31/2025"). "as of 31.05.2025" runs from 1 January to
that day, as "as of 31 May 2025" does. A lone date ("on 31.05.2025") and a run that goes
backwards read as before (no period).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 12)
FIVE_MONTHS_25 = ("2025-01-01", "2025-05-31")


def _spans(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (p.period_start.isoformat(), p.period_end.isoformat(), p.preposition) for p in find_periods(text, PUB)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tea exports reached $2.1bn in 01.01.2025-31.05.2025.", [(*FIVE_MONTHS_25, "in")]),
        ("Tea exports reached $2.1bn in the period 01.01.2025 - 31.05.2025.", [(*FIVE_MONTHS_25, None)]),
        ("Tea exports reached $2.1bn from 01.01.2025 to 31.05.2025.", [(*FIVE_MONTHS_25, "from")]),
        ("Tea exports reached $2.1bn between 1.1.2025 and 31.5.2025.", [(*FIVE_MONTHS_25, "between")]),
        ("Tea exports reached $2.1bn from 01/01/2025 to 31/05/2025.", [(*FIVE_MONTHS_25, "from")]),
        ("Tea exports reached $2.1bn from 01/01/2025 to 05/31/2025.", [(*FIVE_MONTHS_25, "from")]),
        ("Tea exports reached $2.1bn as of 31.05.2025.", [(*FIVE_MONTHS_25, "of")]),
        ("Talks ran 12.03.2025 - 14.03.2025 in Astana.", [("2025-03-12", "2025-03-14", None)]),
        # as before
        ("Tea exports reached $2.1bn on 31.05.2025.", []),
        ("Tea exports reached $2.1bn from 31.05.2025 to 01.01.2025.", []),
        ("Tea exports reached $2.1bn from 1 January to 31 May 2025.", [(*FIVE_MONTHS_25, "from")]),
    ],
)  # fmt: skip
def test_runs_of_days_in_digits(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's exports to Uganda reached $600 million in 01.01.2025-31.05.2025.",
        "In the period 01.01.2025-31.05.2025, Kenya's exports to Uganda totalled $600 million.",
        "Kenya's exports to Uganda reached $600 million between 01.01.2025 and 31.05.2025.",
    ],
)
def test_figure_of_a_run_of_days_in_digits(text: str) -> None:
    assert facts(text, PUB) == {fact("exports", "KEN", "UGA", *FIVE_MONTHS_25, 6e8, "USD")}
