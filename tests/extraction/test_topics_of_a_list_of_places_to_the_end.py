"""A list of places a noun's "of" governs to the sentence's end is one topic, written for these
tests.

"They discussed a meeting of the foreign ministers of Algeria, Tunisia and Libya": the names
after "of" are whose ministers meet, inside one item; its first comma had ended the item ("...
ministers of Algeria") and the rest made a second ("Tunisia and Libya"). A list after "of" that a
preposition goes on from already read as one item ("the withdrawal of A, B and C from ECOWAS").
A bare list of countries ("discussed Mali, Niger and Chad") and a list after a framing noun
("the issues of A, B and C", "the fields of ...") read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 15)  # a Wednesday
LEAD = (
    "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa met his Togolese counterpart Robert Dussey "
    "in Accra on Monday. "
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(LEAD + text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They discussed a summit of the presidents of Ghana, Togo and Benin.",
         [("summit of the presidents of Ghana, Togo and Benin",)]),
        ("They discussed the exit of Mali, Burkina Faso and Niger.",
         [("exit of Mali, Burkina Faso and Niger",)]),
        ("The talks focused on power exports of Ghana, Togo and Burkina Faso.",
         [("power exports of Ghana, Togo and Burkina Faso",)]),
        # near misses: a bare list of countries, a list after a framing noun, a list in the middle
        ("They discussed Mali, Niger and Chad.", [("Mali", "Niger", "Chad")]),
        ("They discussed the issues of Sahel, Sudan and Libya.", [("Sahel", "Sudan and Libya")]),
        ("They discussed a summit of the leaders of Ghana, Togo and Benin, and border security.",
         [("summit of the leaders of Ghana", "Togo and Benin", "border security")]),
    ],
)  # fmt: skip
def test_list_of_places_after_of_to_the_end_is_one_topic(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
