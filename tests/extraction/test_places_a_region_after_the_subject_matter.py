"""A province after the subject matter of talks, written for these tests.

"held talks with X on security in Cabo Delgado": a region the lexicon marks as no town, right
after the words of the subject matter, is where the matter is; talks are held in a town, so
the region is no venue (it had been given as the talks' place, over the city of the visit or
the dateline). A region told as the event's own place ("met in Tigray") and a city after the
subject matter read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 8, 14)  # a Thursday


Places = list[tuple[str, str | None]]


def _places(text: str) -> Places:
    return [(e.engagement_type, e.location) for e in extract_document(text, PUB, "Nairobi").engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAIROBI - Kenyan President William Ruto held talks with Sudanese Prime Minister Kamil Idris "
         "on Monday on aid convoys in Darfur.", [("meeting", "Nairobi")]),
        ("NAIROBI - Kenyan President William Ruto travelled to Addis Ababa on Monday, where he held talks "
         "with Ethiopian Prime Minister Abiy Ahmed on the truce in Tigray.",
         [("meeting", "Addis Ababa")]),
        ("NAIROBI - Kenyan President William Ruto discussed the truce in Tigray with Ethiopian Prime "
         "Minister Abiy Ahmed in Addis Ababa on Monday.", [("meeting", "Addis Ababa")]),
        # near misses: the region as the event's own place, and a city after the subject matter
        ("NAIROBI - Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Tigray on "
         "Monday.", [("meeting", "Tigray")]),
        ("NAIROBI - Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed on "
         "Monday on tea auctions in Mombasa.", [("meeting", "Mombasa")]),
    ],
)  # fmt: skip
def test_a_region_after_the_subject_matter_is_no_venue(text: str, expected: Places) -> None:
    assert [p for p in _places(text) if p[0] == "meeting"] == expected
