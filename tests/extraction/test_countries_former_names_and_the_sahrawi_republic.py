"""Former names of countries and the Sahrawi Arab Democratic Republic, written for these tests.

A country's former name names the country that bears its ISO code now, as "Burma", "Ceylon",
"Siam" and "Swaziland" already did (ISO 3166-3 maps each withdrawn code to its successor):
"Zaire" is COD, "Dahomey" BEN, "Rhodesia" and "Southern Rhodesia" ZWE, "Northern Rhodesia" ZMB,
"Upper Volta" BFA, "Nyasaland" MWI, "Bechuanaland" BWA, "Basutoland" LSO, "Kampuchea" KHM,
"Persia" IRN. Each had been no country. Angola's "Zaire province" and the "Zaire River" are no
country, and "the Persian Gulf" stays none. The "Sahrawi Arab Democratic Republic" ("SADR",
"Sahrawi") is Western Sahara (ESH), the territory it claims, so "Algerian President Abdelmadjid
Tebboune received Sahrawi Arab Democratic Republic President Brahim Ghali" is a meeting of DZA and
ESH; it had given none.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.countries import find_countries
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)


def _countries(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.iso3) for m in find_countries(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The country was called Zaire until 1997.", [("Zaire", "COD")]),
        ("Benin, then Dahomey, became independent in 1960.", [("Benin", "BEN"), ("Dahomey", "BEN")]),
        ("He fought against Rhodesia in the 1970s.", [("Rhodesia", "ZWE")]),
        ("Southern Rhodesia and Northern Rhodesia were federated.",
         [("Southern Rhodesia", "ZWE"), ("Northern Rhodesia", "ZMB")]),
        ("Upper Volta took its new name in 1984.", [("Upper Volta", "BFA")]),
        ("Nyasaland, Bechuanaland and Basutoland were protectorates.",
         [("Nyasaland", "MWI"), ("Bechuanaland", "BWA"), ("Basutoland", "LSO")]),
        ("Democratic Kampuchea fell in 1979.", [("Kampuchea", "KHM")]),
        ("Persia was renamed in 1935.", [("Persia", "IRN")]),
        ("The Sahrawi Arab Democratic Republic joined the OAU in 1982.",
         [("Sahrawi Arab Democratic Republic", "ESH")]),
        ("SADR President Brahim Ghali spoke.", [("SADR", "ESH")]),
        ("Sahrawi refugees live in camps near Tindouf.", [("Sahrawi", "ESH")]),
    ],
)  # fmt: skip
def test_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert _countries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oil is pumped at Soyo in Zaire province.", [("Soyo", "AGO")]),
        ("Barges ply the Zaire River.", []),
        ("Tankers crossed the Persian Gulf.", []),
        ("Western Sahara is disputed.", [("Western Sahara", "ESH")]),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert _countries(text) == expected


def test_meeting_with_the_sahrawi_president() -> None:
    text = (
        "Algerian President Abdelmadjid Tebboune received Sahrawi Arab Democratic Republic President "
        "Brahim Ghali in Algiers on Tuesday."
    )
    assert [e.countries for e in extract_document(text, PUB).engagements] == [("DZA", "ESH")]
