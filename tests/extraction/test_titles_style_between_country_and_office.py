"""A parliamentary style between a country and its office, written for these tests.

Commonwealth African and South Asian copy styles the office, not the name: "Nigeria's Honourable
Minister of Industry X", "Ghana's Hon. Minister for Trade Y", "India's Hon'ble Minister of
Commerce Z". The style stood between the possessive and the office, was read as a courtesy word
and no organization, and hid the country: the title had none, and where two ministers met the
people's countries were guessed from elsewhere (swapped in the story below). `titles._left_context`
now reads the country across such a style (`titles._office_style_start`, the styles of
`titles.OFFICE_STYLES`, which people.py reads too). A style with no country before it ("the
Honourable Minister for Trade") and other courtesy words read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document
from orchestration.extraction.titles import find_titles

PUB = date(2025, 6, 20)  # a Friday


@pytest.mark.parametrize(
    ("text", "title", "country"),
    [
        ("Nigeria's Honourable Minister of Industry Bola Adeyemi spoke.", "Minister of Industry", "NGA"),
        (
            "Ghana's Hon. Minister for Trade and Industry Ama Owusu spoke.",
            "Minister for Trade and Industry",
            "GHA",
        ),
        ("India's Hon'ble Minister of Commerce Ravi Menon spoke.", "Minister of Commerce", "IND"),
        # as before
        ("Kenyan Hon. Minister of Trade Grace Wanjiru spoke.", "Minister of Trade", "KEN"),
        ("The Honourable Minister for Trade Ama Owusu spoke.", "Minister for Trade", None),
        ("Nigeria's Minister of Industry Bola Adeyemi spoke.", "Minister of Industry", "NGA"),
        ("His Excellency President Joao Lourenco spoke.", "President", None),
    ],
)
def test_the_title_and_its_country(text: str, title: str, country: str | None) -> None:
    assert [(t.title, t.country_iso3) for t in find_titles(text)] == [(title, country)]


def test_each_minister_keeps_his_country() -> None:
    text = (
        "The talks in Lusaka on Monday brought together Botswana's Hon. Minister of Trade and Industry "
        "Mpho Kgosi and his host, Zambia's Honourable Minister of Commerce Chanda Mwale."
    )
    (event,) = extract_document(text, PUB).engagements
    people = {p.name: p.country_iso3 for p in event.participants if p.participant_type == "person"}
    assert people == {"Mpho Kgosi": "BWA", "Chanda Mwale": "ZMB"}
