"""Two infinitives agreed, joined by "and to", are two topics, written for these tests.

"agreed to build a cocoa processing plant and to open a border post": the "to" after "and"
repeats the infinitive that opened the topic run, and what follows is a second thing agreed
(the two had made one run too long for a label, and both were lost, or one item held the
second verb: "harmonise cocoa prices and to fight smuggling"). A "to" before a determiner or a
name ("and to the port of Tema", "and to Asia") opens no infinitive and reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 15)  # a Wednesday
LEAD = (
    "Ghanaian Trade Minister Elizabeth Ofosu-Adjare met Ivorian Commerce Minister Souleymane "
    "Diarrassouba in Accra on Monday, and the two ministers agreed "
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(LEAD + text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("to build a cocoa processing plant and to open a border post.",
         [("cocoa processing plant", "border post")]),
        ("to harmonise cocoa prices and to fight smuggling.",
         [("harmonise cocoa prices", "fight smuggling")]),
        ("to speed up border demarcation and to open a new crossing at Elubo.",
         [("speed up border demarcation", "new crossing at Elubo")]),
        # near misses: "to" before a determiner or a name
        ("to extend the railway to Kumasi and to the port of Tema.", [()]),
        ("to raise cocoa exports to Europe and to Asia.", [()]),
    ],
)  # fmt: skip
def test_two_infinitives_agreed_are_two_topics(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
