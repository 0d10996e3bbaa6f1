"""Talks told after an outcome, with their place and what they were about, written for these tests.

"X and Y agreed on Tuesday to widen rail links after their talks in Prague on transport": where
the talks were and what they were about say nothing of their day, so the talks came right before
what was agreed, on its day (they had taken the story's day once a matter followed the place).
So do "after their talks on transport in Prague" and "about energy security". A day of the talks'
own ("in Prague on Monday", "last month") still dates them, and a tail with other people ("in
Prague with business leaders") stays apart as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday
PAIR = "Czech Prime Minister Petr Fiala and Slovak Prime Minister Robert Fico"


def _dated_meetings(text: str) -> list[tuple[date | None, str | None]]:
    return [
        (e.engagement_date, e.location)
        for e in extract_document(text, PUB).engagements
        if e.engagement_type == "meeting"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{PAIR} agreed on Tuesday to widen rail links after their talks in Prague on transport.",
         [(date(2025, 3, 4), "Prague")]),
        (f"{PAIR} agreed on Tuesday to widen rail links after their talks on transport in Prague.",
         [(date(2025, 3, 4), "Prague")]),
        (f"{PAIR} pledged on Wednesday to pool gas reserves following their talks in Bratislava about "
         "energy security.", [(date(2025, 3, 5), "Bratislava")]),
        (f"{PAIR} vowed on Monday to ease truck tolls after their meeting on road freight.",
         [(date(2025, 3, 3), None)]),
    ],
)  # fmt: skip
def test_talks_with_a_matter_take_the_day_of_the_outcome(
    text: str, expected: list[tuple[date | None, str | None]]
) -> None:
    assert _dated_meetings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the talks' own day, as before
        (f"{PAIR} agreed on Tuesday to widen rail links after their talks in Prague on Monday.",
         [(date(2025, 3, 3), "Prague")]),
        (f"{PAIR} agreed on Tuesday to widen rail links after their talks in Prague last month.",
         [(None, "Prague")]),
        # other people in the tail: read apart, as before
        (f"{PAIR} agreed on Tuesday to widen rail links after their talks in Prague with business "
         "leaders.", [(PUB, "Prague")]),
    ],
)  # fmt: skip
def test_talks_of_another_tail_stay(text: str, expected: list[tuple[date | None, str | None]]) -> None:
    assert _dated_meetings(text) == expected
