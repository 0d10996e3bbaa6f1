"""Greetings exchanged in a call, written for these tests.

"The leaders exchanged New Year greetings and discussed gas supplies": the greetings of an
occasion are what a call was about, a topic as "exchanged views on" opens one (they had been
no topic, "exchanged" opening one only before views or opinions); their warmth is no part of
the label ("warm Novruz greetings" gives "Novruz greetings"). "exchanged documents" is the
signing, whose subject is no greeting, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 21)  # a Friday
OPENING = "The Turkmen president spoke by phone with the Azerbaijani president on Thursday. "


def _topics(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.engagement_type, e.topics) for e in extract_document(OPENING + text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leaders exchanged New Year greetings and discussed gas supplies.",
         [("phone_call", ("New Year greetings", "gas supplies"))]),
        ("The two presidents exchanged warm Novruz greetings.", [("phone_call", ("Novruz greetings",))]),
        ("The presidents exchanged Independence Day congratulations.",
         [("phone_call", ("Independence Day congratulations",))]),
        # near miss: views still open the topic after them, as before
        ("The leaders exchanged views on the Caspian pipeline.", [("phone_call", ("Caspian pipeline",))]),
    ],
)  # fmt: skip
def test_greetings_exchanged_are_a_topic(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _topics(text) == expected
