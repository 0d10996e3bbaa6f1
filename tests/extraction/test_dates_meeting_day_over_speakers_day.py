"""The day a meeting is given wins over the day of remarks made after it, written for these tests.

"X said on Friday after his meeting with Y on the sidelines of the council in Minsk on Wednesday"
had dated the meeting Friday: the speaker's day, written right before "after his meeting", is
a guess for an event told with no day of its own, and it was the nearest to the meeting's word.
When a day follows the meeting's word before the reported words open ("that", a colon, a
quotation), that day is the meeting's; with none, the speaker's day stands as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 8)  # a Saturday


def _day(text: str) -> date | None:
    (event,) = extract_document(text, PUB).engagements
    return event.engagement_date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (("Uzbek Foreign Minister Bakhtiyor Saidov said on Friday after his meeting with Tajik "
         "Foreign Minister Sirojiddin Muhriddin on the sidelines of the CIS ministerial council in "
         "Minsk on Wednesday that the border talks were over."), date(2025, 3, 5)),
        (("Peruvian Trade Minister Ursula Leon told reporters on Friday after her talks with "
         "Chilean Foreign Minister Alberto van Klaveren on the margins of the Pacific Alliance "
         "summit in Lima on Tuesday that the accord was ready."), date(2025, 3, 4)),
        (("Tongan Prime Minister Aisake Eke said on Friday after his meeting with Fijian Deputy "
         "Prime Minister Biman Prasad on the sidelines of the Pacific trade ministers' gathering "
         "in Nadi on Monday that the shipping route would reopen."), date(2025, 3, 3)),
    ],
)  # fmt: skip
def test_the_day_written_after_the_meeting_is_its_own(text: str, day: date) -> None:
    assert _day(text) == day


@pytest.mark.parametrize(
    "text",
    [
        # no day of the meeting's own: the speaker's day stands, as before
        (
            "Uzbek Foreign Minister Bakhtiyor Saidov said on Friday after his meeting with Tajik Foreign "
            "Minister Sirojiddin Muhriddin on the sidelines of the CIS ministerial council in Minsk "
            "that the border talks were over."
        ),
        (
            "Kyrgyz Economy Minister Daniyar Amangeldiev said on Friday during talks with Uzbek Deputy "
            "Prime Minister Jamshid Khodjaev in Tashkent that trade would grow."
        ),
    ],
)
def test_the_speakers_day_dates_a_meeting_told_without_one(text: str) -> None:
    assert _day(text) == date(2025, 3, 7)
