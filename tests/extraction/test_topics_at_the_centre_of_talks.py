"""The subject "at the centre of" talks is their topic, written for these tests.

"Questions of power trade were at the centre of talks between A and B", "Water sharing was at
the heart of the discussions": what the talks were about, as a subject "on the agenda" is (the
topic had been lost). A pronoun for a subject, and the centre of something other than talks
("at the centre of a dispute"), give none.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 13)  # a Monday
LEAD = (
    "Malawian President Peter Mutharika held talks with Zambian President Hakainde Hichilema in "
    "Lilongwe on Sunday. "
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(text, PUB, "Lilongwe").engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Questions of power trade and rail transport were at the centre of talks between Malawian "
         "President Peter Mutharika and Zambian President Hakainde Hichilema in Lilongwe on Sunday.",
         [("power trade", "rail transport")]),
        (LEAD + "Water sharing was at the heart of the discussions.", [("water sharing",)]),
        (LEAD + "Fertiliser supplies were also at the centre of their talks, officials said.",
         [("fertiliser supplies",)]),
        # near misses: a pronoun for a subject, the centre of no talks
        (LEAD + "He was at the centre of the talks.", [()]),
        (LEAD + "Maize prices were at the centre of a dispute.", [()]),
    ],
)  # fmt: skip
def test_the_subject_at_the_centre_of_talks_is_a_topic(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
