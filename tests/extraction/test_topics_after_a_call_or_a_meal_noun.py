"""The topic after a video call's or a meal's noun, written for these tests.

"held a videoconference with X on migration", "a working lunch with Y about the railway": the
nouns engagement_types.py reads as a call or a meeting open their topic with "on" or "about"
after the counterpart, as "talks" and "a phone call" do (the topic had been lost). An agency
that "learnt from" a source after the topic is its speaker, as one that "said" it.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 13)  # a Monday


def _kinds_and_topics(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.engagement_type, e.topics) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Honduran president held a videoconference with the Salvadoran president on Thursday on "
         "coffee rust.", [("phone_call", ("coffee rust",))]),
        ("The Honduran president held a teleconference with the Salvadoran president on Thursday about "
         "remittances.", [("phone_call", ("remittances",))]),
        ("The Honduran president had a working lunch with the Salvadoran president on Thursday on the "
         "Gulf of Fonseca.", [("meeting", ("Gulf of Fonseca",))]),
        ("The Honduran president held a tete-a-tete with the Salvadoran president on Thursday on gangs.",
         [("meeting", ("gangs",))]),
        # an agency's source after the topic is no item of it ("..., AIP learnt from the ministry")
        ("The Honduran president held a videoconference with the Salvadoran president on Thursday on "
         "coffee rust, ACAN learnt from the presidency.", [("phone_call", ("coffee rust",))]),
        # near miss: a day after "on" opens no topic
        ("The Honduran president hosted a dinner for the Salvadoran president on Thursday.",
         [("meeting", ())]),
    ],
)  # fmt: skip
def test_the_topic_after_a_call_or_a_meal(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _kinds_and_topics(text) == expected
