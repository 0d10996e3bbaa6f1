"""A monarch's title with one name goes to the reigning monarch, written for these tests.

Copy names a king or an emir by the title and his first name ("King Salman", "Sultan
Haitham"). When listed officials of two countries share that name, the one the lexicon marks
as reigning is meant: a king's title is never a crown prince's. "King Salman" had been of no
country, the Bahraini crown prince Salman bin Hamad sharing the name, and a story with no
other Saudi word had given no engagement.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.leaders import monarch_name
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


Sides = list[tuple[str, tuple[str, ...]]]


def _sides(text: str) -> Sides:
    return [(e.engagement_type, e.countries) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Nigerian president held talks with King Salman on Wednesday.", [("meeting", ("NGA", "SAU"))]),
        ("Indonesian President Prabowo Subianto spoke by phone with King Salman on Tuesday.",
         [("phone_call", ("IDN", "SAU"))]),
        ("The Kenyan foreign minister was received by King Hamad on Monday.", [("meeting", ("BHR", "KEN"))]),
        # near miss: the crown prince's own title names no king
        ("The Nigerian president held talks with Crown Prince Salman on Wednesday.", []),
    ],
)  # fmt: skip
def test_a_kings_title_names_the_reigning_monarch(text: str, expected: Sides) -> None:
    assert _sides(text) == expected


@pytest.mark.parametrize(
    ("title", "name", "expected"),
    [
        ("King", "Salman", "salman bin abdulaziz"),
        ("King", "Abdullah", "abdullah ii"),
        ("Sultan", "Haitham", "haitham bin tarik"),
        # no listed monarch opens on the name and presidents of two countries do: none
        ("Sultan", "Ibrahim", None),
        ("Crown Prince", "Salman", None),
    ],
)
def test_monarch_name(title: str, name: str, expected: str | None) -> None:
    """The listed name as the lexicon keys it (lower case, no accents)."""
    assert monarch_name(title, name) == expected
