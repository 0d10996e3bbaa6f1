"""Talks of the sides counted or told by their medium, written for these tests.

"Chile and Peru agreed on Thursday to simplify customs checks during their first phone talks":
"their" names the sides the sentence opens on, as in "during their phone talks", and a word that
counts the talks ("first", "12th", "maiden", "annual", "latest") or tells their medium ("phone",
"video") may stand between "their" and the noun, up to three of them. The talks had been dropped
as an anchor pointing at talks told before, though none were; a bare "after their maiden talks"
is held the day of what was agreed, as "after their bilateral talks" is. An earlier round ("their last
talks"), a subject that is no list of the sides, and talks without "their" read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday


def _events(text: str) -> list[tuple[str, date | None, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.countries) for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru agreed on Thursday to simplify customs checks during their first phone talks.",
         [("phone_call", date(2025, 3, 6), ("CHL", "PER"))]),
        ("Kenya and Tanzania agreed on Tuesday to expand trade during their annual consultations.",
         [("meeting", date(2025, 3, 4), ("KEN", "TZA"))]),
        ("Vietnam and Laos vowed on Wednesday to double rail freight after their maiden high-level talks.",
         [("meeting", date(2025, 3, 5), ("LAO", "VNM"))]),
        ("Ghana and Togo pledged on Monday to share power grids during their second video conference.",
         [("phone_call", date(2025, 3, 3), ("GHA", "TGO"))]),
        ("Fiji and Tonga agreed on Thursday to resume flights during their latest talks.",
         [("meeting", date(2025, 3, 6), ("FJI", "TON"))]),
    ],
)  # fmt: skip
def test_counted_talks_of_the_sides_are_their_event(
    text: str, expected: list[tuple[str, date | None, tuple[str, ...]]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the subject is no list of the sides
        "Chile and Peru's exporters agreed on Thursday to simplify customs checks during their first "
        "phone talks.",
        "Chile agreed on Thursday to simplify customs checks with Peru during their first phone talks.",
        # too many words between "their" and the talks
        "Chile and Peru agreed on Thursday to simplify customs checks during their first long and tense "
        "phone talks.",
    ],
)
def test_counted_talks_of_no_listed_sides_stay_unread(text: str) -> None:
    assert _events(text) == []
