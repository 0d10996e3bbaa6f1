"""Offices of a state or region named after its city, written for these tests.

Nigerian and Japanese copy name a state's or a metropolis's office after the city it is
named for ("Lagos State Governor", "Kano State Commissioner for Trade"). The gazetteer knows
the city, so the word had been read as the title's country alone and dropped, leaving an
office no one holds ("State Governor"). The title as written keeps the state's name, as it
already did for a state the gazetteer does not know ("Delta State Governor").
"""

from __future__ import annotations

from datetime import date

import pytest
from support import people_met

from orchestration.extraction.titles import find_titles

PUB = date(2025, 3, 4)  # a Tuesday


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return people_met(text, PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Lagos State Governor, Mr Femi Adeyemi-Cole, received the Dutch consul general, "
         "Pieter de Wit, in Lagos on Monday.",
         [("Femi Adeyemi-Cole", "Lagos State Governor", "NGA"), ("Pieter de Wit", "consul general", "NLD")]),
        ("Kano State Governor Alhaji Musa Danladi hosted Chinese Ambassador Liu Jianhua in Kano on "
         "Monday.",
         [("Musa Danladi", "Kano State Governor", "NGA"), ("Liu Jianhua", "Ambassador", "CHN")]),
    ],
)  # fmt: skip
def test_state_named_for_its_city_stays_in_the_title(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "title", "country"),
    [
        ("Ogun State Commissioner for Trade Kemi Balogun met the envoy.",
         "Ogun State Commissioner for Trade", "NGA"),
        ("Nigeria's Lagos State Governor Tunde Bakare met the envoy.", "Lagos State Governor", "NGA"),
        # near misses: a state the gazetteer does not know as a city, and a city before an office
        # with no adjective of a level, stay as before
        ("Delta State Governor, Rt. Hon. Godwin Ebi, met the envoy.", "Delta State Governor", None),
        ("Almaty Mayor Serik Zhaksybekov met the envoy.", "Mayor", "KAZ"),
    ],
)  # fmt: skip
def test_first_title_of_sentence(text: str, title: str, country: str | None) -> None:
    first = find_titles(text)[0]
    assert (first.title, first.country_iso3) == (title, country)
