"""The day of a plan reported after a meeting is not the meeting's day, written for these tests.

"X said on Friday after his meeting with Y in Minsk that the two would meet again on Wednesday"
had dated the meeting Wednesday: the clause of the meeting runs on to the reported words, so the
day of the next meeting counted as its own. A day after "that" and a subject with "would",
"will" or "plan" is the plan's; the meeting then takes the speaker's day, as when no plan is
told. A day in a relative clause of the meeting ("that was held ... on Wednesday") is its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 8)  # a Saturday


def _days(text: str) -> list[date | None]:
    return [
        e.engagement_date for e in extract_document(text, PUB).engagements if e.engagement_type == "meeting"
    ]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Kyrgyz Economy Minister Daniyar Sadykov said on Friday after his meeting with Kazakh "
            "Trade Minister Arman Zhaksybekov in Bishkek that the two would meet again on Wednesday."
        ),
        (
            "Paraguayan Foreign Minister Luis Benitez told reporters on Friday after talks with "
            "Bolivian Foreign Minister Celinda Arce in La Paz that they will sign the river accord "
            "on Tuesday."
        ),
    ],
)
def test_the_day_of_a_reported_plan_is_not_the_meetings(text: str) -> None:
    assert _days(text)[:1] == [date(2025, 3, 7)]


def test_a_day_the_meeting_clause_gives_is_its_own() -> None:
    text = (
        "Kyrgyz Economy Minister Daniyar Sadykov said on Friday after his meeting with Kazakh Trade "
        "Minister Arman Zhaksybekov that was held in Bishkek on Wednesday that trade would grow."
    )
    assert _days(text)[:1] == [date(2025, 3, 5)]
