"""A story signed by the paper's office in a city is placed there, written for these tests.

Papers that print no dateline sign a story by the writer and the office they file from:
"Lusaka Bureau" under "By Chanda Mwale", "By Chanda Mwale, Nairobi Bureau", "NAIROBI BUREAU",
"Our Harare Correspondent", "Chanda Mwale, Lusaka Bureau Chief". The city was no last part of
its own, and such a story had had no dateline (or, for a writer's name before a comma, the
writer's name for one). `_byline_place` (datelines.py) reads such a line (`_CITY_BUREAU`) and
places the story in its city when the gazetteer knows it as one (`_bureau_city`). A desk of no
city ("Politics Desk", "News Bureau"), a country's bureau ("Zambia Bureau"), an office of no city
("State House Press Office") and a dateline below, which wins, read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

HEADLINE = "Zambia and Malawi sign rail pact\n\n"
STORY = "\n\nZambian President Hakainde Hichilema met Malawian President Lazarus Chakwera on Wednesday."


@pytest.mark.parametrize(
    ("signature", "city"),
    [
        ("By Chanda Mwale\n\nLusaka Bureau", "Lusaka"),
        ("By Chanda Mwale\nLusaka Bureau", "Lusaka"),
        ("By Chanda Mwale, Lusaka Bureau", "Lusaka"),
        ("By Chanda Mwale | Lusaka Bureau", "Lusaka"),
        ("Chanda Mwale, Lusaka Bureau Chief", "Lusaka"),
        ("Grace Njeri - Nairobi Bureau", "Nairobi"),
        ("NAIROBI BUREAU", "Nairobi"),
        ("Our Harare Correspondent", "Harare"),
        ("By Tendai Moyo, Our Harare Correspondent", "Harare"),
        ("By Li Na\n\nNew York Bureau", "New York"),
        ("By Kofi Mensah\n\nAccra Desk", "Accra"),
    ],
)
def test_the_bureau_city_is_the_dateline(signature: str, city: str) -> None:
    found = find_dateline(HEADLINE + signature + STORY)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    "signature",
    [
        "By Chanda Mwale\n\nPolitics Desk",
        "By Chanda Mwale\n\nNews Bureau",
        "By Chanda Mwale\n\nZambia Bureau",
        "By Chanda Mwale\n\nState House Press Office",
        "By Chanda Mwale, Lusaka Times",
    ],
)
def test_other_signatures_place_nothing(signature: str) -> None:
    assert find_dateline(HEADLINE + signature + STORY) is None


def test_a_dateline_below_wins() -> None:
    text = HEADLINE + "By Chanda Mwale\n\nLusaka Bureau\n\nNDOLA, June 11 - Talks on the rail link opened."
    found = find_dateline(text)
    assert found is not None and found.city == "Ndola"
