"""The visitor of a visit told in the passive, written for these tests.

"President Y was visited by Foreign Minister X in Nairobi" is X's visit, as "X visited President
Y in Nairobi" is: the one named after "by" is the visitor (the visit had named Y, the one
visited, alone). A visit told in the active and one whose subject is a place read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday


def _visitors(text: str) -> list[tuple[str, ...]]:
    return [
        tuple(p.name for p in e.participants)
        for e in extract_document(text, PUB).engagements
        if e.engagement_type == "visit"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan President William Ruto was visited by Ugandan Foreign Minister Jeje Odongo in Nairobi on "
         "Wednesday.", [("Jeje Odongo",)]),
        ("Zambian President Hakainde Hichilema was visited by Malawian Vice President Michael Usi in Lusaka "
         "on Tuesday.", [("Michael Usi",)]),
        # as before: the active, and a place visited
        ("Ugandan Foreign Minister Jeje Odongo visited Kenyan President William Ruto in Nairobi on Monday.",
         [("Jeje Odongo",)]),
        ("Nairobi was visited by Ugandan Foreign Minister Jeje Odongo on Wednesday.", [("Jeje Odongo",)]),
    ],
)  # fmt: skip
def test_the_agent_is_the_visitor(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _visitors(text) == expected
