""" "The two PMs" for the two prime ministers told before, written for these tests.

Vietnamese, Lao and South Asian copy writes prime ministers as "PMs": "Following the meeting,
the two PMs witnessed the signing of 14 cooperation documents" is the signing of the two prime
ministers told before. "PMs" was no collective noun, and the signing had no people (or, after
a session, was no engagement at all). It is now one, standing for premiers and prime
ministers as "the two premiers" does. "The two prime ministers" reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 18)
LAO = (
    "Prime Minister Pham Minh Chinh held talks with his Lao counterpart Sonexay Siphandone "
    "in Vientiane on March 17. "
)
CHAIRED = (
    "Prime Minister Pham Minh Chinh and his Lao counterpart Sonexay Siphandone co-chaired the 47th meeting "
    "of the Vietnam-Laos Intergovernmental Committee in Vientiane on March 17. "
)
PEOPLE = ("Pham Minh Chinh", "Sonexay Siphandone")


def _events(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (e.engagement_type, tuple(sorted(p.name for p in e.participants)))
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LAO + "Following the talks, the two PMs witnessed the signing of 14 cooperation documents, "
         "including an agreement on road transport.",
         [("meeting", PEOPLE), ("agreement", PEOPLE)]),
        (CHAIRED + "Following the meeting, the two PMs witnessed the signing of 14 cooperation "
         "documents, including an agreement on road transport.",
         [("forum", PEOPLE), ("agreement", PEOPLE)]),
        # near miss, as before
        (LAO + "Following the talks, the two prime ministers witnessed the signing of 14 cooperation "
         "documents, including an agreement on road transport.",
         [("meeting", PEOPLE), ("agreement", PEOPLE)]),
    ],
)  # fmt: skip
def test_the_two_pms_are_the_prime_ministers_told_before(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
