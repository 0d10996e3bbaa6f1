"""Romance national adjectives in every gender and number, written for these tests.

State firms of Latin America and French-speaking Africa keep their names as written, with a
national adjective in the plural or another gender than the one listed ("Petróleos Mexicanos",
"Aerolíneas Argentinas", "Yacimientos Petrolíferos Fiscales Bolivianos"): "Petroleos Mexicanos
signed a supply deal" had given a firm of no country, so a story filed abroad gave it the
dateline's, and a name with no keyword of its own had been read as a person ("Aerolíneas
Argentinas"). `_NATIONAL_ADJECTIVES_IN_NAMES` (organizations.py) has each adjective in every
gender and number, and for more countries; the plurals close a firm's name as suffixes
(organizations.tsv), and "Yacimientos" and "Aerolíneas" open one as Romance keywords. English
demonyms and names of no such word read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.organizations import find_organizations
from orchestration.extraction.people import find_people


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Petroleos Mexicanos signed a supply deal on Friday.", [("Petroleos Mexicanos", "MEX")]),
        ("Petróleos Mexicanos signed a supply deal on Friday.", [("Petróleos Mexicanos", "MEX")]),
        ("Aerolíneas Argentinas signed a codeshare deal on Friday.", [("Aerolíneas Argentinas", "ARG")]),
        ("Yacimientos Petrolíferos Fiscales Bolivianos signed a supply deal on Friday.",
         [("Yacimientos Petrolíferos Fiscales Bolivianos", "BOL")]),
        ("Correios Brasileiros signed a deal on Friday.", [("Correios Brasileiros", "BRA")]),
        ("Ferrocarriles Argentinos signed a deal on Friday.", [("Ferrocarriles Argentinos", "ARG")]),
        ("Corporación Venezolana de Guayana signed a deal on Friday.",
         [("Corporación Venezolana de Guayana", "VEN")]),
        # as before: a name of no such word
        ("Empresa Nacional del Petróleo signed a deal on Friday.", [("Empresa Nacional del Petróleo", None)]),
    ],
)  # fmt: skip
def test_the_adjective_tells_the_country(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Aerolíneas Argentinas signed a codeshare deal on Friday.",
        "Yacimientos Petrolíferos Fiscales Bolivianos signed a supply deal on Friday.",
    ],
)
def test_the_firm_is_no_person(sentence: str) -> None:
    assert find_people(sentence) == []


def test_an_officer_of_the_firm() -> None:
    (person,) = find_people("The president of Petroleos Mexicanos, Octavio Romero, met the delegation.")
    expected = ("Octavio Romero", "president", "Petroleos Mexicanos")
    assert (person.name, person.title, person.organization) == expected
