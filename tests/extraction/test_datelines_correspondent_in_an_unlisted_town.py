"""A story signed by a correspondent in a town the gazetteer lacks, written for these tests.

"From our correspondent in Maseru" placed the story, but only for a city the gazetteer knows:
"From our correspondent in St. Louis" or "By our correspondent in Tororo" had placed nothing. A
paper posts its correspondent to a town, so the capitalised name after "in" is now the story's
place; a country, a part of the world, an assembly's seat and a venue after "at" stay none.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = "Uganda and South Sudan agreed on Monday to open a second border market."


@pytest.mark.parametrize(
    ("signature", "city"),
    [
        ("From our correspondent in St. Louis", "St. Louis"),
        ("By our correspondent in Tororo", "Tororo"),
        ("From our own correspondent in Koboko.", "Koboko"),
        ("OUR SPECIAL CORRESPONDENT IN PORT HARCOURT", "Port Harcourt"),
        ("By Okello Peter, our correspondent in Arua", "Arua"),
    ],
)
def test_the_town_after_in_places_the_story(signature: str, city: str) -> None:
    for gap in ("\n\n", "\n"):
        found = find_dateline(f"{signature}{gap}{STORY}")
        assert found is not None and found.city == city


@pytest.mark.parametrize(
    "signature",
    [
        "From our correspondent in East Africa",
        "From our correspondent in the Gulf",
        "From our correspondent in Parliament",
        "From our correspondent at Nakasero",
        "From our correspondent in Uganda",
    ],
)
def test_no_town_from_a_region_a_seat_or_a_venue(signature: str) -> None:
    assert find_dateline(f"{signature}\n\n{STORY}") is None
