"""Well-known companies named bare: found, with their head office's country (companies.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from orchestration.extraction.companies import company_country, known_companies
from orchestration.extraction.countries import city_country, country_name, find_countries
from orchestration.extraction.engagements import extract_engagements
from orchestration.extraction.organizations import find_organizations
from orchestration.extraction.text import split_sentences
from orchestration.extraction.titles import Sentence

LEXICON = Path(__file__).parents[2] / "orchestration" / "extraction" / "lexicons" / "companies.tsv"


def _rows() -> list[tuple[str, str]]:
    lines = LEXICON.read_text(encoding="utf-8").splitlines()
    return [(iso3, name) for iso3, name in (line.split("\t") for line in lines if line and line[0] != "#")]


def test_every_listed_company_has_a_country_and_is_no_place() -> None:
    """A name that is also a country or a city would turn places into companies."""
    for iso3, name in _rows():
        assert country_name(iso3), (iso3, name)
        assert city_country(name) is None, name
        assert not any(m.start == 0 and m.end == len(name) for m in find_countries(name)), name


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Volkswagen has agreed a deal with Xpeng.", [("Volkswagen", "DEU"), ("Xpeng", "CHN")]),
        ("Hyundai Motor Group and Shell signed a deal.", [("Hyundai Motor Group", "KOR"), ("Shell", "GBR")]),
        ("The egg's shell cracked.", []),  # as written: case decides
        ("Volkswagen China said on Monday.", []),  # another name: left to the grammar
    ],
)
def test_known_companies_are_found_as_written(sentence: str, expected: list[tuple[str, str]]) -> None:
    s = Sentence(sentence)
    assert [(" ".join(s.words[a:b]), iso3) for a, b, iso3 in known_companies(s)] == expected


def test_a_local_arm_is_of_the_country_it_is_named_for() -> None:
    """ "Cargill Argentina": a listed brand's arm named for a country is a company of that
    country (it had the brand's head office, added as one more side of the engagement)."""
    assert company_country("Volkswagen China") == "CHN"
    assert company_country("Samsung Electronics Vietnam") == "VNM"
    assert company_country("Huawei Kenya") == "KEN"
    # look-alikes: the brand alone, and a listed name that holds its own country
    assert company_country("Volkswagen") == "DEU"
    assert company_country("Bank of China") == "CHN"
    assert company_country("Acme Holdings") is None


def test_a_listed_company_lends_its_country_to_no_other() -> None:
    """ "the state oil companies YPFB and Petropar": Petropar is not Bolivian because YPFB is
    (the context rule "the Turkish companies X and Y" hands on a country the text gives)."""
    orgs = find_organizations("The state oil companies YPFB and Petropar signed.")
    found = {o.name: o.country_iso3 for o in orgs}
    assert found == {"YPFB": "BOL", "Petropar": None}


def test_companies_named_bare_sign_as_sides() -> None:
    """ "Pertamina and Inpex signed ...": two companies of two countries, an agreement; with no
    descriptor neither was an organization, and there was no engagement."""
    text = (
        "SINGAPORE - Pertamina and Inpex signed a preliminary agreement on Wednesday to cooperate on carbon "
        "capture, the companies said. The agreement was signed by Pertamina chief Nicke Widyawati and Inpex "
        "chief Takayuki Ueda."
    )
    (signing,) = extract_engagements(text, split_sentences(text), date(2024, 5, 16), "Singapore")
    assert signing.countries == ("IDN", "JPN")
    orgs = {p.name: p.country_iso3 for p in signing.participants if p.participant_type == "organization"}
    assert orgs == {"Pertamina": "IDN", "Inpex": "JPN"}
    people = {
        p.name: (p.title, p.country_iso3) for p in signing.participants if p.participant_type == "person"
    }
    assert people == {"Nicke Widyawati": ("chief", "IDN"), "Takayuki Ueda": ("chief", "JPN")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A Kenya Airways Airbus A350-900 touched down in Lima on Friday.", []),
        ("The Qantas Boeing 737 landed at Nairobi.", []),
        ("Volvo FH16 trucks were handed over to the buyer.", []),
        # a year or an amount after the name is no model
        ("Airbus 2023 deliveries rose.", [("Airbus", "FRA")]),
        ("Boeing 2 billion deal was signed.", [("Boeing", "USA")]),
    ],
)
def test_a_maker_named_before_a_models_number_is_the_product(sentence: str, expected: list) -> None:
    """ "The first Ethiopian Airlines Boeing 787 from Addis Ababa landed ...": a maker's name
    before a model's designation names the aircraft, not a company taking part (Boeing had
    been a US side of the arrival)."""
    s = Sentence(sentence)
    assert [(" ".join(s.words[a:b]), iso3) for a, b, iso3 in known_companies(s)] == expected


@pytest.mark.parametrize("name", ["Galp", "Mota-Engil", "Jerónimo Martins", "TAP Air Portugal"])
def test_portuguese_firms_that_sign_abroad_are_known(name: str) -> None:
    """Portugal's firms that sign deals across borders (in Angola, Mozambique, Brazil) are of
    Portugal (the lexicon held none: Galp had taken a side of the event told before)."""
    assert company_country(name) == "PRT"


def test_a_national_business_body_is_of_its_country_where_it_meets() -> None:
    """A business federation known by a name or an acronym that tells no country ("the Union of
    Chambers and Commodity Exchanges (TOBB)", organizing a forum in Rome) is of its own country,
    not of the place (it had been Italian); an unlisted acronym in brackets tells nothing, nor a listed
    one after a name that tells its own country."""
    assert company_country("Union of Chambers and Commodity Exchanges (TOBB)") == "TUR"
    assert company_country("Oman National Gas Corporation (ONGC)") is None  # its name tells Oman
    assert company_country("Regional Development Board (RDB)") is None
    text = (
        "ROME - Italian and Turkish firms met in Rome on Tuesday at a business forum that the "
        "Foreign Economic Relations Board (DEİK) helped to organise."
    )
    (forum,) = extract_engagements(text, split_sentences(text), date(2025, 5, 20), "Rome")
    orgs = {p.name: p.country_iso3 for p in forum.participants if p.participant_type == "organization"}
    assert orgs == {"Foreign Economic Relations Board (DEİK)": "TUR"}
