"""The pair a headline names, by its leaders or over the city of the event, written for these tests.

A body that says only "the two sides" or "the two countries" takes its pair from the headline.
That pair had been none when the headline named the city the two met in, as a third country
("Uruguayan, Chilean ministers meet in New York": USA too), or named the two by their leaders'
names alone ("Orsi, Boric hold talks in Lima"). Over more than two countries, the city is now
where, not a side; and a headline that names fewer than two countries takes the listed leaders
it names (`leaders`). A city alone still names a side ("Uzbek President arrives in Seoul"), and
three countries named are no pair.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.countries import named_pair
from orchestration.extraction.pipeline import extract_document, headline_pair

PUB = date(2025, 9, 24)  # a Wednesday
TUE = date(2025, 9, 23)


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Uruguayan, Chilean ministers meet in New York", ("URY", "CHL")),
        ("Kenya, Uganda leaders meet in Addis Ababa", ("KEN", "UGA")),
        ("Orsi, Boric hold talks in Lima", ("URY", "CHL")),
        ("Ruto meets Ugandan trade minister", ("UGA", "KEN")),
    ],
)
def test_pair_of_the_headline(title: str, pair: tuple[str, str]) -> None:
    assert headline_pair(title) == pair


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Uzbek President arrives in Seoul", ("UZB", "KOR")),
        ("Kazakh, Chinese ministers meet in Beijing", ("KAZ", "CHN")),
        ("Uruguay, Chile, Peru ministers meet in Lima", None),
        ("Orsi holds talks in Lima", ("URY", "PER")),
        ("Orsi, Boric and Peruvian president meet", None),
        ("Weather warning for the capital", None),
    ],
)
def test_other_headlines_stay(title: str, pair: tuple[str, str] | None) -> None:
    assert headline_pair(title) == pair


def test_named_pair_drops_the_venue_of_three() -> None:
    assert named_pair("Uruguayan, Chilean ministers meet in New York") == ("URY", "CHL")


@pytest.mark.parametrize(
    ("title", "dateline"),
    [
        ("Orsi, Boric hold talks in Lima", "Lima"),
        ("Uruguayan, Chilean ministers meet in New York", "New York"),
    ],
)
def test_the_two_sides_of_the_body_are_the_headline_pair(title: str, dateline: str) -> None:
    text = (
        f"{dateline.upper()}, Sept 24 - The two sides held talks on the sidelines of the summit on Tuesday."
    )
    events = extract_document(text, PUB, dateline, title=title).engagements
    assert [(e.engagement_type, e.engagement_date, e.countries) for e in events] == [
        ("meeting", TUE, ("CHL", "URY"))
    ]
