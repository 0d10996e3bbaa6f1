"""A thing agreed to be made is the topic without the verb, written for these tests.

"agreed to jointly develop a green hydrogen plant", "agreed to set up a joint business council":
the plant and the council are the matter agreed, and the verb of making before them ("develop",
"build", "construct", "establish", "create", "launch", "open", "set up", with "jointly" or
"together") and its article no words of the label (it had been "jointly develop a green hydrogen
plant"). The thing's own words stay ("joint business council"). Before no article the verb reads
as before ("develop tourism" names a field), and so do other verbs ("expand rice trade").
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 15)  # a Wednesday
LEAD = (
    "Malaysian Investment Minister Tengku Zafrul Aziz met Vietnamese Industry Minister Nguyen "
    "Hong Dien in Hanoi on Monday, and the two ministers agreed "
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(LEAD + text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("to jointly develop a green hydrogen plant.", [("green hydrogen plant",)]),
        ("to set up a joint business council.", [("joint business council",)]),
        ("to build a rail link between Penang and Haiphong.", [("rail link between Penang and Haiphong",)]),
        ("to establish the Mekong Digital Corridor.", [("Mekong Digital Corridor",)]),
        # near misses: no article after the verb, another verb
        ("to develop tourism.", [("develop tourism",)]),
        ("to expand rice trade.", [("expand rice trade",)]),
    ],
)  # fmt: skip
def test_thing_agreed_to_be_made_is_the_topic(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
