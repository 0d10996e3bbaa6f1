"""Two infinitives after "ways to", joined by "and to", are two topics, written for these tests.

"discussed ways to boost trade and to attract investment": the "to" after "and" repeats the
infinitive that "ways" (or "steps", "measures", "means", "efforts", "plans", "mechanisms")
opened, and what follows is a second matter (one item had held both, or the run had been too
long for a label and both were lost). A "to" before a determiner ("and to the port of Kandla")
reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 15)  # a Wednesday
LEAD = (
    "Sri Lankan Trade Minister Wasantha Samarasinghe met Maldivian Economic Minister Mohamed Saeed "
    "in Colombo on Monday. "
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(LEAD + text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides discussed ways to boost tuna trade and to attract investment.",
         [("boost tuna trade", "attract investment")]),
        ("The two sides discussed ways to finalise the Free Trade Agreement and to expand ferry services.",
         [("finalise the Free Trade Agreement", "expand ferry services")]),
        # near miss: "to" before a determiner
        ("The two sides discussed ways to link Colombo to Male and to the port of Hambantota.", [()]),
    ],
)  # fmt: skip
def test_two_infinitives_after_ways_are_two_topics(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
