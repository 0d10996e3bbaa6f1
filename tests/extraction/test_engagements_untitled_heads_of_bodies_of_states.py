"""Heads of bodies of many states named without their title, written for these tests.

"European Commission President Ursula von der Leyen" is of no country, but copy often drops the
title once the official is famous, and "BRUSSELS - Ursula von der Leyen met the Indian prime
minister" had given her the dateline's country: a Belgian side that never met. A lexicon of such
officials (international_officials.tsv) now keeps them of no country when the text gives none,
as their title would; a country stated for the person, and other people, read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.leaders import heads_a_body_of_states
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _events(text: str) -> list[tuple[tuple[str, ...], dict[str, str | None]]]:
    return [
        (e.countries, {p.name: p.country_iso3 for p in e.participants if p.participant_type == "person"})
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    "text",
    [
        "BRUSSELS, March 3 (Reuters) - Ursula von der Leyen held talks with Chilean President Gabriel "
        "Boric on Monday in Brussels.",
        "GENEVA, March 3 (Reuters) - Ngozi Okonjo-Iweala held talks with Zambian Commerce Minister "
        "Chipoka Mulenga in Geneva on Monday.",
        "NEW YORK, March 3 (Reuters) - Antonio Guterres held talks with Chilean President Gabriel Boric "
        "in New York on Monday.",
        # as before: with the title
        "BRUSSELS, March 3 (Reuters) - European Commission President Ursula von der Leyen held talks "
        "with Chilean President Gabriel Boric on Monday in Brussels.",
    ],
)
def test_no_side_of_the_place_where_they_met(text: str) -> None:
    assert _events(text) == []


def test_the_other_sides_still_meet() -> None:
    text = (
        "LIMA, March 3 (Reuters) - Ursula von der Leyen held talks with Chilean President Gabriel "
        "Boric and Peruvian President Dina Boluarte in Lima on Monday."
    )
    assert _events(text) == [
        (
            ("CHL", "PER"),
            {"Ursula von der Leyen": None, "Gabriel Boric": "CHL", "Dina Boluarte": "PER"},
        )
    ]


@pytest.mark.parametrize(
    ("name", "listed"),
    [
        ("Ursula von der Leyen", True),
        ("Maroš Šefčovič", True),
        ("Ngozi Okonjo Iweala", True),
        # not listed: a national official, and one who moved between a government and a body
        ("Gabriel Boric", False),
        ("Mark Rutte", False),
    ],
)
def test_the_lexicon_matches_whole_names(name: str, listed: bool) -> None:
    assert heads_a_body_of_states(name) is listed
