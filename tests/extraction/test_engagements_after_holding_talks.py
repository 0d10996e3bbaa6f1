"""Talks told by a gerund after the outcome they led to, written for these tests.

"X agreed on Tuesday to widen rail links after holding talks with Y in Prague": the talks are
an event of their own, as "after talks with Y" is (they had been read as part of what was
agreed, and lost). So are "after having talks" and "following holding talks". What was agreed
still ends at the talks, and a plan ("agreed to hold talks") is still no event.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday
TUE = date(2025, 3, 4)


def _events(text: str) -> list[tuple[str, date | None, str | None, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.location, e.countries)
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Czech Prime Minister Petr Fiala agreed on Tuesday to widen rail links after holding talks with "
        "Slovak Prime Minister Robert Fico in Prague.",
        "Czech Prime Minister Petr Fiala and Slovak Prime Minister Robert Fico agreed on Tuesday to widen "
        "rail links after holding talks in Prague.",
        "Czech Prime Minister Petr Fiala pledged on Tuesday to widen rail links after having talks with "
        "Slovak Prime Minister Robert Fico in Prague.",
    ],
)
def test_talks_held_after_the_outcome_are_met(text: str) -> None:
    assert _events(text) == [("meeting", TUE, "Prague", ("CZE", "SVK"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks still to be held: no event, as before
        ("Czech Prime Minister Petr Fiala and Slovak Prime Minister Robert Fico agreed on Tuesday to hold "
         "talks in Prague next month.", []),
        # the noun alone, as before
        ("Czech Prime Minister Petr Fiala agreed on Tuesday to widen rail links after talks with Slovak "
         "Prime Minister Robert Fico in Prague.", [("meeting", TUE, "Prague", ("CZE", "SVK"))]),
    ],
)  # fmt: skip
def test_other_talks_stay(
    text: str, expected: list[tuple[str, date | None, str | None, tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
