"""The topic of talks with a "visiting" guest, written for these tests.

"held talks with visiting Djiboutian President X on port access": "visiting" is the guest's
adjective after "with" or a determiner, no verb that ends the talks' phrase, so the "on" after
the guest opens the topic as it does without the word (the talks had been given no topics).
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 7, 17)  # a Thursday


def _topics(text: str) -> list[tuple[str, tuple[str, ...]]]:
    engagements = extract_document(text, PUB, "Asmara").engagements
    return [(e.engagement_type, e.topics) for e in engagements if e.engagement_type == "meeting"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ASMARA - President Isaias Afwerki held talks with visiting Sudanese Prime Minister Kamil Idris "
         "on Wednesday on Red Sea shipping.", [("meeting", ("Red Sea shipping",))]),
        ("ASMARA - President Isaias Afwerki conferred with visiting Egyptian Foreign Minister Badr "
         "Abdelatty on Nile water.", [("meeting", ("Nile water",))]),
        ("ASMARA - President Isaias Afwerki met the visiting Kenyan trade minister about tea exports.",
         [("meeting", ("tea exports",))]),
        # near miss: "visiting" as the verb of a clause still ends the phrase
        ("ASMARA - President Isaias Afwerki met Egyptian Foreign Minister Badr Abdelatty, visiting "
         "Asmara on Nile business.", [("meeting", ())]),
    ],
)  # fmt: skip
def test_the_topic_after_a_visiting_guest(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _topics(text) == expected
