"""Where a traveller came from is no side and no venue, written for these tests.

"Indonesian Foreign Minister Sugiono, fresh from a visit to Japan, met his Vietnamese counterpart
in Hanoi": the aside tells the stop just left, and Japan had been taken for a third side (and its
visit for one held in Hanoi); so "on his way back from New Zealand", "returning from a CARICOM
meeting in Barbados" (whose meeting had been a forum of the sides). The "from" of an arrival
whose place is named ("who arrived in Lome from Abidjan", "travelled to Astana from Beijing")
names the place left, which had been taken for the meeting's venue. _journey_origins
(engagement_clauses.py) excludes them. A delegation "from" a country, an arrival "from" a place
with none named before it, and a traveller "returning from" with no aside read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _read(text: str) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    return [(e.engagement_type, e.location, e.countries) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indonesian Foreign Minister Sugiono, fresh from a visit to Japan, met his Vietnamese counterpart "
         "Bui Thanh Son in Hanoi on Tuesday.",
         [("meeting", "Hanoi", ("IDN", "VNM"))]),
        ("Fiji's Prime Minister Sitiveni Rabuka, on his way back from New Zealand, stopped over in Apia on "
         "Tuesday for talks with Samoan Prime Minister Fiame Naomi Mata'afa.",
         [("meeting", "Apia", ("FJI", "WSM"))]),
        ("Trinidad and Tobago Prime Minister Kamla Persad-Bissessar, returning from a CARICOM meeting in "
         "Barbados, met Venezuelan officials in Port of Spain on Tuesday.",
         [("meeting", "Port of Spain", ("TTO", "VEN"))]),
        ("The Ghanaian President John Mahama, who arrived in Lome from Abidjan, held talks with Togolese "
         "President Faure Gnassingbe on Tuesday.",
         [("meeting", "Lome", ("GHA", "TGO")), ("visit", "Lome", ("GHA", "TGO"))]),
        # near misses: a delegation from a country, an arrival with no place named before "from"
        ("A trade delegation from Japan met Vietnamese Trade Minister Nguyen Hong Dien in Hanoi on Tuesday.",
         [("meeting", "Hanoi", ("JPN", "VNM"))]),
        ("Kenyan President William Ruto, who arrived from Addis Ababa on Monday, held talks with Ugandan "
         "President Yoweri Museveni in Kampala on Tuesday.",
         [("meeting", "Kampala", ("KEN", "UGA"))]),
    ],
)  # fmt: skip
def test_place_a_traveller_came_from(text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert _read(text) == expected
