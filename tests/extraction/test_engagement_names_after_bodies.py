"""Officers named right after the body they serve, with no comma between: where the body's
name ends and the person's begins, so the engagement holds the right person with the right
title and side. Invented wording, stated generally across countries and house styles.

Rules covered: a company whose name opens on an acronym gives way to a two-word personal
name after it ("the chairman of ACRONYM Word | Given Surname"); a consul's or an envoy's
city after the sending country closes the title before a name joined by hyphens ("Consul
General of COUNTRY in CITY | Given-Name Surname", "| Surname Given-name"); the head of a
region's government ("President of the Government of the REGION, X,") holds his country's side
once the region is known, island regions and autonomous communities included.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.people import find_entities
from orchestration.extraction.pipeline import extract_document

MON = date(2024, 3, 18)


def officers(sentence: str) -> list[tuple[str, str | None, str | None]]:
    """(name, title, organization) of each person found in the sentence."""
    return [(p.name, p.title, p.organization) for p in find_entities(sentence).people]


# ---------------------------------------------------------------------------------------
# a company opening on an acronym, then its officer's name

ACRONYM_COMPANIES = [
    (
        "Prime Minister Kyriakos Mitsotakis hosted the chief executive of EDF Renewables "
        "Marta Lindqvist on Tuesday.",
        ("Marta Lindqvist", "chief executive", "EDF Renewables"),
    ),
    (
        "Vice President Sara Duterte welcomed the Chairman of KEPCO Global Baek Jin-ho to the palace.",
        ("Baek Jin-ho", "Chairman", "KEPCO Global"),
    ),
    (
        "The governor received the President of OMV Petrom Elena Radulescu.",
        ("Elena Radulescu", "President", "OMV Petrom"),
    ),
    (
        "The minister met the managing director of ENI Iberia Tomas Echeverria, who outlined new wells.",
        ("Tomas Echeverria", "managing director", "ENI Iberia"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ACRONYM_COMPANIES)
def test_a_company_opening_on_an_acronym_gives_way_to_its_officer(sentence: str, expected: tuple) -> None:
    assert expected in officers(sentence)


NOT_SPLIT = [
    # the acronym alone is the body, the name two words after it
    (
        "The mayor hosted the Director-General of the IAEA Rafael Moreno on Friday.",
        ("Rafael Moreno", "Director-General", "IAEA"),
    ),
    # a comma hands the whole run to the company, the name after it
    (
        "The minister met the CEO of POSCO Holdings, Lee Dong-won, on Friday.",
        ("Lee Dong-won", "CEO", "POSCO Holdings"),
    ),
    # the name went first: the run after the acronym is all the company's
    (
        "Lee Dong-won, the CEO of POSCO Future Materials, met the minister on Friday.",
        ("Lee Dong-won", "CEO", "POSCO Future Materials"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), NOT_SPLIT)
def test_acronym_bodies_that_keep_their_reading(sentence: str, expected: tuple) -> None:
    assert expected in officers(sentence)


def test_a_company_and_its_acronym_alone_name_nobody() -> None:
    assert officers("The minister met the CEO of POSCO Holdings.") == []


def test_the_engagement_holds_the_officer_of_the_acronym_company() -> None:
    text = (
        "Hungarian Prime Minister Viktor Orban received the Chairman of ENI Iberia Tomas Echeverria "
        "in Budapest on Monday to discuss gas supplies."
    )
    (e,) = extract_document(text, MON, "Budapest").engagements
    people = {p.name: (p.title, p.organization) for p in e.participants if p.participant_type == "person"}
    assert people["Tomas Echeverria"] == ("Chairman", "ENI Iberia")
    assert "Iberia Tomas Echeverria" not in people


# ---------------------------------------------------------------------------------------
# an envoy's sending country and city, then a name joined by hyphens

POSTED_ENVOYS = [
    (
        "The governor hosted the Consul General of South Korea in Shanghai Lee Min-jae on Thursday.",
        ("Lee Min-jae", "Consul General", "KOR"),
    ),
    (
        "The governor hosted the Consul General of Turkey in Erbil Ali-Riza Demir.",
        ("Ali-Riza Demir", "Consul General", "TUR"),
    ),
    (
        "The governor hosted the Consul General of Vietnam in Osaka, Tran Thu-ha, on Friday.",
        ("Tran Thu-ha", "Consul General", "VNM"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), POSTED_ENVOYS)
def test_a_consuls_city_gives_way_to_a_hyphenated_name(sentence: str, expected: tuple) -> None:
    people = [(p.name, p.title, p.country_iso3) for p in find_entities(sentence).people]
    assert expected in people


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor hosted the Consul General of Vietnam in Osaka Prefecture Office.",
        "The governor hosted the Consul General of South Korea in Shanghai on Thursday.",
    ],
)
def test_a_consuls_city_before_no_name_names_nobody(sentence: str) -> None:
    assert officers(sentence) == []


def test_the_meeting_holds_the_consul_with_title_and_country() -> None:
    text = (
        "Mongolian Foreign Minister Battsetseg Batmunkh met the Consul General of South Korea in "
        "Shanghai Lee Min-jae on Thursday."
    )
    (e,) = extract_document(text, MON, "Ulaanbaatar").engagements
    people = {p.name: (p.title, p.country_iso3) for p in e.participants if p.participant_type == "person"}
    assert people["Lee Min-jae"] == ("Consul General", "KOR")


# ---------------------------------------------------------------------------------------
# the head of a region's own government, named after a nested "of the Government of"

REGIONAL_HEADS = [
    (
        "The President of the Government of the Balearic Islands, Ana Ferrer, met Senegalese "
        "President Bassirou Diomaye Faye in Dakar on Monday to discuss migration.",
        ("ESP", "SEN"),
        ("Ana Ferrer", "President of the Government of the Balearic Islands", "ESP"),
    ),
    (
        "President of the Government of Navarre, Ines Goicoechea, held talks with Chilean Foreign "
        "Minister Alberto van Klaveren on Monday.",
        ("CHL", "ESP"),
        ("Ines Goicoechea", "President of the Government of Navarre", "ESP"),
    ),
    (
        "The President of the Regional Government of the Azores, Rui Medeiros, received the Cape "
        "Verdean Prime Minister, Ulisses Correia e Silva, on Monday.",
        ("CPV", "PRT"),
        ("Rui Medeiros", "President of the Regional Government of the Azores", "PRT"),
    ),
]


@pytest.mark.parametrize(("text", "countries", "head"), REGIONAL_HEADS)
def test_the_head_of_a_regions_government_holds_his_countrys_side(
    text: str, countries: tuple[str, ...], head: tuple[str, str, str]
) -> None:
    (e,) = extract_document(text, MON).engagements
    assert tuple(e.countries) == countries
    people = [(p.name, p.title, p.country_iso3) for p in e.participants if p.participant_type == "person"]
    assert head in people


def test_a_meeting_in_an_island_region_takes_place_there() -> None:
    text = (
        "Senegalese President Bassirou Diomaye Faye met the Spanish ambassador in the Canary Islands "
        "on Monday."
    )
    (e,) = extract_document(text, MON).engagements
    assert (e.location, tuple(e.countries)) == ("Canary Islands", ("ESP", "SEN"))


def test_a_company_named_after_a_region_word_is_no_region() -> None:
    text = (
        "Chilean Foreign Minister Alberto van Klaveren met the head of Canary Wharf Group, Shobi Khan, "
        "in London on Monday."
    )
    (e,) = extract_document(text, MON).engagements
    assert tuple(e.countries) == ("CHL", "GBR")
