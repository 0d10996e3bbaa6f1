"""An envoy met at his post, written for these tests.

"Rwanda's High Commissioner in Kampala" tells where the envoy serves, no venue, when he is told
in an aside or speaks. When he is the very object of a meeting's verb ("met the Chilean
ambassador in Quito", "held talks with the Thai envoy in Hanoi") and the sentence tells no
other place, he was met where he serves: that city is the meeting's place.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 6)  # a Thursday


def _kinds_and_places(text: str, dateline: str | None = None) -> list[tuple[str, str | None]]:
    return [(e.engagement_type, e.location) for e in extract_document(text, PUB, dateline).engagements]


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        ("Ecuadorian Foreign Minister Gabriela Sommerfeld met the Chilean ambassador in Quito on "
         "Tuesday to review fisheries cooperation.", None, [("meeting", "Quito")]),
        ("Vietnamese Deputy Foreign Minister Do Hung Viet held talks with the Thai envoy in Hanoi on "
         "Monday.", None, [("meeting", "Hanoi")]),
        ("Serbian President Aleksandar Vucic received Hungary's new ambassador in Belgrade on Monday.",
         None, [("meeting", "Belgrade")]),
        # a story filed elsewhere: the envoy's post still tells where he was met
        ("ASTANA, March 6 - Kyrgyz Foreign Minister Zheenbek Kulubaev met with Kazakhstan's "
         "ambassador in Bishkek on Wednesday.", "Astana", [("meeting", "Bishkek")]),
    ],
)  # fmt: skip
def test_the_post_of_the_envoy_met_is_the_place(
    text: str, dateline: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert _kinds_and_places(text, dateline) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an envoy in an aside, after the event's place: the post stays his
        ("TIRANA - Albanian Minister Igli Hasani met Montenegrin Minister Ervin Ibrahimovic in Durres"
         " on Tuesday. The talks were also attended by Montenegro's ambassador in Tirana, Vesna Ivanovic.",
         [("meeting", "Durres")]),
        # the envoy speaks of an event: no place of it
        ("The Chilean ambassador in Quito, Rodrigo Yanez, said on Tuesday that Ecuadorian Foreign "
         "Minister Gabriela Sommerfeld met Chilean Minister Alberto van Klaveren.", [("meeting", None)]),
        # another place named: the post is no venue
        ("Ecuadorian Foreign Minister Gabriela Sommerfeld met the Chilean ambassador in Quito at a "
         "reception in Guayaquil on Tuesday.", [("meeting", "Guayaquil")]),
    ],
)  # fmt: skip
def test_an_envoys_post_told_otherwise_is_no_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _kinds_and_places(text) == expected
