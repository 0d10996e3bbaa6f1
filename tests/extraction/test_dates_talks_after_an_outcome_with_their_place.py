"""Talks told after the outcome they led to, with where they were held, written for these tests.

"X and Y agreed on Tuesday to ... after their talks in Prague": the talks came right before what
they agreed, on its day. Where the talks were held says nothing of a day of their own, so a
closing place ("in Prague", "at the Elysee Palace", "in the Slovak capital") no longer sets the
anchor apart from the main clause (it had taken the story's day). A day or a month of the
talks' own ("in May", "in Prague on Monday", "last month") still dates them.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday


def _dated_meetings(text: str) -> list[tuple[date | None, str | None]]:
    return [
        (e.engagement_date, e.location)
        for e in extract_document(text, PUB).engagements
        if e.engagement_type == "meeting"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Czech Prime Minister Petr Fiala and Slovak Prime Minister Robert Fico agreed on Tuesday to "
         "widen rail links between the two countries after their talks in Prague.",
         [(date(2025, 3, 4), "Prague")]),
        ("German Chancellor Olaf Scholz and French President Emmanuel Macron vowed on Thursday to "
         "deepen defence cooperation after their meeting in Berlin.", [(date(2025, 3, 6), "Berlin")]),
        ("France and Morocco on Wednesday pledged to double direct flights following their talks at "
         "the Elysee Palace.", [(date(2025, 3, 5), "Paris")]),
        ("Slovak Foreign Minister Juraj Blanar and Hungarian Foreign Minister Peter Szijjarto decided "
         "on Monday to open a border crossing following their official talks in Bratislava.",
         [(date(2025, 3, 3), "Bratislava")]),
    ],
)  # fmt: skip
def test_talks_take_the_day_of_the_outcome(text: str, expected: list[tuple[date | None, str | None]]) -> None:
    assert _dated_meetings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the talks' own day or month, as before
        ("Czech Prime Minister Petr Fiala and Slovak Prime Minister Robert Fico agreed on Tuesday to "
         "widen rail links after their talks in Prague on Monday.", [(date(2025, 3, 3), "Prague")]),
        ("Czech Prime Minister Petr Fiala and Slovak Prime Minister Robert Fico agreed on Tuesday to "
         "widen rail links after their talks in May.", [(None, None)]),
        ("Czech Prime Minister Petr Fiala and Slovak Prime Minister Robert Fico agreed on Tuesday to "
         "widen rail links after their talks in Prague last month.", [(None, "Prague")]),
        # no day in the sentence: the story's, as before
        ("Czech Prime Minister Petr Fiala and Slovak Prime Minister Robert Fico agreed to widen rail "
         "links after their talks in Prague.", [(PUB, "Prague")]),
    ],
)  # fmt: skip
def test_talks_of_their_own_day_stay(text: str, expected: list[tuple[date | None, str | None]]) -> None:
    assert _dated_meetings(text) == expected
