"""A day and an agency heading a story with no place, written for these tests.

"March 7 (Reuters) - X received Y in Kigali on Wednesday": the day heading the story is when it
was filed, split off as a dateline is, so the reception is Wednesday's (it had been dated March
7, the day nearest the trigger). A day written in the story's own sentence, a story with a
city dateline and a sentence with no day of its own read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import credit_head
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday
WED = date(2025, 3, 5)


def _dates(text: str) -> list[date | None]:
    return [e.engagement_date for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    "head",
    [
        "March 7 (Reuters) - ",
        "Mar 7 (Reuters) - ",
        "March 7, 2025 (AFP) -- ",
        "Headline of the day\n\nMarch 7 (AP) — ",
    ],
)
def test_the_day_heading_the_story_is_not_the_events(head: str) -> None:
    text = (
        head + "Rwandan President Paul Kagame received Kenyan President William Ruto in Kigali on Wednesday."
    )
    assert _dates(text) == [WED]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no day in the sentence: the story's, as before
        ("March 7 (Reuters) - Rwandan President Paul Kagame received Kenyan President William Ruto in "
         "Kigali.", [PUB]),
        # a city dateline, and a day of the sentence's own, as before
        ("KIGALI, March 7 (Reuters) - Rwandan President Paul Kagame received Kenyan President William Ruto "
         "on Wednesday.", [WED]),
        ("On March 5 Rwandan President Paul Kagame received Kenyan President William Ruto in Kigali.", [WED]),
    ],
)  # fmt: skip
def test_other_days_stay(text: str, expected: list[date | None]) -> None:
    assert _dates(text) == expected


def test_a_date_in_the_body_heads_nothing() -> None:
    assert (
        credit_head("Rwanda said on March 7 (a Friday) - as planned - that it would host the summit.") is None
    )
