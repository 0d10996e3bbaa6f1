"""Talks told in a clause of their own, then "on the sidelines of" a gathering, written for
these tests.

"said after their talks on the sidelines of the Nordic Council session in Reykjavik" tells the
talks in an "after" clause and the gathering right after it: the gathering is where the talks
were, as it is for talks in the main clause ("held talks on the sidelines of ..."). A sidelines
phrase parted from the talks by a comma or by other words is left as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 6)  # a Thursday


def _kinds_and_places(text: str) -> list[tuple[str, str | None]]:
    return [(e.engagement_type, e.location) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finnish Prime Minister Petteri Orpo and Estonian Prime Minister Kristen Michal told "
         "journalists after their talks on the sidelines of the Nordic Council session in Reykjavik "
         "on Wednesday that ferry links would be expanded.", [("meeting", "Reykjavik")]),
        ("Chilean President Gabriel Boric said after his meeting with Uruguayan President Yamandu "
         "Orsi on the margins of the Mercosur summit in Montevideo that the two would cooperate on "
         "lithium.", [("meeting", "Montevideo")]),
        ("Finnish Prime Minister Petteri Orpo, speaking after their talks on the sidelines of the "
         "Nordic Council session in Reykjavik, said Estonian Prime Minister Kristen Michal backed "
         "the ferry plan.", [("meeting", "Reykjavik")]),
        # the talks' own place before the sidelines of something else, and a sidelines phrase of
        # a plan: as before
        ("Finnish Prime Minister Petteri Orpo said after his talks with Estonian Prime Minister "
         "Kristen Michal in Tallinn that he would attend the Nordic Council session in Reykjavik.",
         [("meeting", "Tallinn")]),
        ("Finnish Prime Minister Petteri Orpo said after the talks with Estonian Prime Minister "
         "Kristen Michal on Wednesday that he would speak on the sidelines of the Nordic Council "
         "session in Reykjavik.", [("meeting", None)]),
        # talks in the main clause: as before
        ("Finnish Prime Minister Petteri Orpo held talks with Estonian Prime Minister Kristen Michal "
         "on the sidelines of the Nordic Council session in Reykjavik on Wednesday.",
         [("meeting", "Reykjavik")]),
    ],
)  # fmt: skip
def test_the_gathering_right_after_the_talks_is_their_place(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _kinds_and_places(text) == expected
