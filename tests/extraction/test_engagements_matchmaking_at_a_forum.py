"""Business matchmaking meetings at a forum are the forum, written for these tests.

"Vietnamese firms held B2B meetings with Indian companies at a business forum in Hanoi": the
B2B (business-to-business, matchmaking) meetings are the sessions of the forum the sentence
names, and the forum is the event (it had been a meeting). Without a forum in the sentence
("held B2B meetings in Kampala") and for officials who met at a forum, the event is a meeting as
before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 15)  # a Wednesday


def _events(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(e.engagement_type, e.countries, e.location) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bangladeshi exporters held B2B meetings with Sri Lankan buyers at a business forum in Colombo "
         "on Monday.",
         [("forum", ("BGD", "LKA"), "Colombo")]),
        ("About 40 Peruvian and Ecuadorian firms held business-to-business meetings at the Peru-Ecuador "
         "Trade Expo in Lima on Tuesday.",
         [("forum", ("ECU", "PER"), "Lima")]),
        # near misses: no forum named, officials who met at a forum
        ("Bangladeshi exporters held B2B meetings with Sri Lankan buyers in Colombo on Monday.",
         [("meeting", ("BGD", "LKA"), "Colombo")]),
        ("Bangladeshi Commerce Minister Sheikh Bashir Uddin met Sri Lankan Trade Minister Wasantha "
         "Samarasinghe at a business forum in Colombo on Monday.",
         [("meeting", ("BGD", "LKA"), "Colombo")]),
    ],
)  # fmt: skip
def test_matchmaking_meetings_at_a_forum_are_the_forum(
    text: str, expected: list[tuple[str, tuple[str, ...], str | None]]
) -> None:
    assert _events(text) == expected
