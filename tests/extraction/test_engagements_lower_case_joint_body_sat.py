"""A joint body in lower case as the subject of its sitting, written for these tests.

"The Kazakh-Uzbek joint commission took place in Astana on Tuesday" tells the commission's
session, a forum, as "The Kazakh-Uzbek Joint Commission took place" does (the lower-case body
had left the sentence unread). So does "the A-B joint trade committee opened in Lome"; "the
fourth session of the A-B joint commission took place" is read by its own noun, as before. A
committee of no joint word, one that "began investigating", and a sitting still ahead stay
as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday


def _events(text: str) -> list[tuple[str, date | None, str | None, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.location, e.countries)
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kazakh-Uzbek joint commission took place in Astana on Tuesday.",
         [("forum", date(2025, 3, 4), "Astana", ("KAZ", "UZB"))]),
        ("The Ghana-Togo joint trade committee opened in Lome on Monday.",
         [("forum", date(2025, 3, 3), "Lome", ("GHA", "TGO"))]),
        ("The fourth session of the Kenya-Uganda joint commission took place in Kampala on Thursday.",
         [("forum", date(2025, 3, 6), "Kampala", ("KEN", "UGA"))]),
    ],
)  # fmt: skip
def test_a_lower_case_joint_body_sat(
    text: str, expected: list[tuple[str, date | None, str | None, tuple[str, ...]]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A committee of experts took place in Paris on Tuesday.",
        "The joint committee began investigating the claims on Tuesday.",
        "The Kazakh-Uzbek joint commission will take place in Astana next month.",
    ],
)
def test_other_lower_case_bodies_stay_unread(text: str) -> None:
    assert _events(text) == []
