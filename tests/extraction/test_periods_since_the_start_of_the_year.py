""" "Since the start of 2025", written for these tests.

"Kenya's exports to Uganda reached $600 million since the start of 2025." in a story of 12 June
2025 is January-May 2025, as "since the start of the year" already was; it had been the whole of
2025, and after the amount (where "since" opens a clause of its own) no period of the figure, so
the sentence gave nothing. "since the beginning of this year" and "since the start of the current
fiscal year" are the year so far too; the words are the period's own text, so no word before them
is its preposition. A year before the story's ("since the start of 2024"), "in 2025" and "since
2025" read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 12)
SO_FAR = ("2025-01-01", "2025-05-31")
Y25 = ("2025-01-01", "2025-12-31")
FY_SO_FAR = ("2024-07-01", "2025-05-31")


def _spans(text: str) -> list[tuple[str, str]]:
    return [(p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tea exports reached $2.1bn since the start of 2025.", [SO_FAR]),
        ("Since the beginning of 2025, tea exports reached $2.1bn.", [SO_FAR]),
        ("Since the beginning of this year, tea exports reached $2.1bn.", [SO_FAR]),
        ("Since the start of the current fiscal year, tea exports reached $2.1bn.", [FY_SO_FAR]),
        # as before
        ("Since the start of the year, tea exports reached $2.1bn.", [SO_FAR]),
        ("Since the start of 2024, tea exports reached $2.1bn.", [("2024-01-01", "2024-12-31")]),
        ("Tea exports reached $2.1bn in 2025.", [Y25]),
        ("At the start of 2025, tea exports reached $2.1bn.", [Y25]),
    ],
)  # fmt: skip
def test_since_the_start_of_the_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


def test_since_the_start_is_the_periods_own_text() -> None:
    (period,) = find_periods("Tea exports reached $2.1bn since the start of 2025.", PUB)
    assert period.text == "since the start of 2025"
    assert period.preposition is None


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's exports to Uganda reached $600 million since the start of 2025.",
        "Since the start of 2025, Kenya's exports to Uganda have reached $600 million.",
        "Kenya's exports to Uganda have totalled $600 million since the beginning of this year.",
    ],
)
def test_figure_since_the_start_of_the_year(text: str) -> None:
    assert facts(text, PUB) == {fact("exports", "KEN", "UGA", *SO_FAR, 6e8, "USD")}


def test_figure_in_the_year_as_before() -> None:
    text = "Kenya's exports to Uganda reached $600 million in 2025."
    assert facts(text, PUB) == {fact("exports", "KEN", "UGA", *Y25, 6e8, "USD")}
