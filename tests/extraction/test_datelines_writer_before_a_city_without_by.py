"""A writer's name before a city, with no "By", signs the story from that city, written for these tests.

Web pages print the writer and the city the story was filed from on a line of their own, with no
"By": "Chanda Mwale, Lusaka", "Grace Njeri | Nairobi", "Tendai Moyo - Harare". The writer had
been read as the dateline's place and the city as its region, so the story was placed in "Chanda
Mwale". `_byline_place` (datelines.py) now signs such a line by its city when the part before it
is a name (`_named_writer`: two to four Title-case names the gazetteer knows as no place, no word
of a phrase such as "From") and the city is one the gazetteer knows. A known place before a city
("Ndola, Lusaka"), a place before its country ("Lusaka, Zambia"), "From Chanda Mwale, Lusaka" and
a dateline that runs into the story read as before. (A district before its city, alone on its line,
"Thu Duc, Ho Chi Minh City", now gives the city: the same shape.)
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

HEADLINE = "Zambia and Malawi sign rail pact\n\n"
STORY = "\n\nZambian President Hakainde Hichilema met Malawian President Lazarus Chakwera on Wednesday."


@pytest.mark.parametrize(
    ("signature", "city"),
    [
        ("Chanda Mwale, Lusaka", "Lusaka"),
        ("Grace Njeri | Nairobi", "Nairobi"),
        ("Tendai Moyo - Harare", "Harare"),
        ("Chanda Mwale, Lusaka, Zambia", "Lusaka"),
        ("Chanda Mwale, Lusaka | June 12, 2025", "Lusaka"),
        ("Nguyen Thi Lan, Hanoi", "Hanoi"),
    ],
)
def test_the_city_is_the_dateline(signature: str, city: str) -> None:
    found = find_dateline(HEADLINE + signature + STORY)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Ndola, Lusaka", "Ndola"),
        ("Lusaka, Zambia", "Lusaka"),
        ("LUSAKA, June 11 - Talks on the rail link opened.", "Lusaka"),
    ],
)
def test_other_lines_read_as_before(line: str, city: str) -> None:
    found = find_dateline(HEADLINE + line + STORY)
    assert found is not None and found.city == city


def test_from_a_writer_places_nothing() -> None:
    assert find_dateline(HEADLINE + "From Chanda Mwale, Lusaka" + STORY) is None
