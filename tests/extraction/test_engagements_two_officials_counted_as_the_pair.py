""" "The two prime ministers met", the story's first event, is of the pair named before (invented).

A story whose body opens on "The two prime ministers met on the sidelines of ... on Tuesday"
under "Orsi, Boric hold talks in Lima" names its sides only in the headline. "The two sides" was
counted as the headline's pair; two holders of one office ("the two presidents", "the two foreign
ministers", "the two leaders") are now counted so too, while no event has been told (after one,
"the two leaders" are its people). Without a pair named before, nothing is told.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 9, 24)  # a Wednesday
TUE = date(2025, 9, 23)


def _events(text: str, title: str | None) -> list[tuple[str, date | None, str | None, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.location, e.countries)
        for e in extract_document(text, PUB, "Lima", title=title).engagements
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "The two prime ministers met on the sidelines of the Pacific Alliance summit",
        "The two presidents held talks on the sidelines of the Pacific Alliance summit",
        "The two foreign ministers met on the sidelines of the Pacific Alliance summit",
        "The two leaders held a bilateral meeting on the sidelines of the Pacific Alliance summit",
    ],
)
def test_two_officials_of_the_headline_pair(opening: str) -> None:
    text = f"LIMA, Sept 24 - {opening} in Lima on Tuesday, the presidency said."
    assert _events(text, "Uruguay, Chile leaders hold talks") == [("meeting", TUE, "Lima", ("CHL", "URY"))]


def test_two_officials_of_a_pair_named_by_its_leaders() -> None:
    text = "LIMA, Sept 24 - The two presidents met on the sidelines of the summit in Lima on Tuesday."
    assert _events(text, "Orsi, Boric hold talks in Lima") == [("meeting", TUE, "Lima", ("CHL", "URY"))]


@pytest.mark.parametrize(
    "title",
    ["Pacific Alliance summit opens", None],
)
def test_no_pair_named_no_event(title: str | None) -> None:
    text = "LIMA, Sept 24 - The two presidents met on the sidelines of the summit in Lima on Tuesday."
    assert _events(text, title) == []


def test_after_an_event_the_two_leaders_are_its_people() -> None:
    text = (
        "LIMA, Sept 24 - Peruvian President Jose Jeri received Bolivian President Rodrigo Paz in Lima on "
        "Tuesday. The two leaders discussed the lithium triangle."
    )
    events = _events(text, "Uruguay, Chile leaders hold talks")
    assert [e[3] for e in events] == [("BOL", "PER")]
