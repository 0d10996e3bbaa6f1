"""A story signed by the paper's correspondent in a city, written for these tests.

Papers that print no dateline sign such a story on a line of its own: "From our correspondent
in Maseru", "By Palesa Mokoena, our correspondent in Gaborone". The line had placed nothing, and
the story had had no dateline. The city it ends on is now the story's place, as a byline's
place is ("By Staff Reporter | Lagos"): a real dateline after it wins, a country alone places
nothing, and a sentence telling what a correspondent reports is none.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = "Lesotho and South Africa agreed on Monday to share water from the new dam."


@pytest.mark.parametrize(
    ("signature", "city"),
    [
        ("From our correspondent in Maseru", "Maseru"),
        ("From our own correspondent in Maseru.", "Maseru"),
        ("By Palesa Mokoena, our correspondent in Gaborone", "Gaborone"),
        ("OUR SPECIAL CORRESPONDENT IN MASERU", "Maseru"),
        ("From a staff reporter in Addis Ababa", "Addis Ababa"),
    ],
)
def test_the_correspondents_city_places_the_story(signature: str, city: str) -> None:
    for gap in ("\n\n", "\n"):
        found = find_dateline(f"{signature}{gap}{STORY}")
        assert found is not None and found.city == city


def test_a_dateline_after_the_signature_wins() -> None:
    found = find_dateline(f"From our correspondent in Maseru\n\nMAFETENG - {STORY}")
    assert found is not None and found.city == "Mafeteng"


@pytest.mark.parametrize(
    "text",
    [
        f"From our correspondent in Lesotho\n\n{STORY}",
        f"Our correspondent in Maseru reports that {STORY}",
        f"From our partners in Maseru\n\n{STORY}",
    ],
)
def test_no_place_from_a_country_or_a_sentence(text: str) -> None:
    assert find_dateline(text) is None
