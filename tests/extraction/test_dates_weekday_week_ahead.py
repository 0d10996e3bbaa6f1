"""A weekday followed by "week", the British day a week after it, written for these tests.

"on Thursday week" is the Thursday a week after the coming one (told on Monday 9 June 2025, it
is 19 June), a day ahead of publication, as "next Thursday" is ahead; it had been read as the
Thursday on or before publication, so "Ruto and Museveni meet in Kampala on Monday week" was a
meeting of the Monday just past. "week" starting a compound ("on Monday week-long talks") and
"last week" after a weekday read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _dates(text: str, published: date = PUB) -> list[tuple[str, str | None]]:
    return [(m.text, m.date.isoformat() if m.date else None) for m in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The ministers meet on Thursday week.", PUB, [("Thursday week", "2025-06-19")]),
        ("The ministers meet on Thursday week.", date(2025, 6, 9), [("Thursday week", "2025-06-19")]),
        ("The ministers meet on Monday week.", PUB, [("Monday week", "2025-06-23")]),
        ("The vote is due Friday week, officials said.", PUB, [("Friday week", "2025-06-20")]),
    ],
)
def test_weekday_week_ahead(text: str, published: date, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers met on Monday.", [("Monday", "2025-06-09")]),
        ("The ministers opened Monday week-long talks.", [("Monday", "2025-06-09")]),
        ("The ministers met on Monday last week.", [("Monday last week", "2025-06-02")]),
        ("The ministers met on Monday, weeks after the summit.", [("Monday", "2025-06-09")]),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


def test_meeting_set_a_week_ahead_is_no_past_meeting() -> None:
    text = (
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni meet in Kampala on "
        "Monday week, officials said."
    )
    assert extract_document(text, PUB).engagements == ()


def test_meeting_of_the_weekday_past_stands() -> None:
    text = "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Kampala on Monday."
    assert [e.engagement_date for e in extract_document(text, PUB).engagements] == [date(2025, 6, 9)]
