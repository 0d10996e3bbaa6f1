"""Titles of engagement participants written around a state's body or set after the name.

Rules covered: a state's body named in capitals between its country's possessive and a head
("Uzbekistan's Presidential Council head", "Uzbekistan's National Bank chairman") is the office
as written, of that country; a company's own name there stays the body the holder represents.
A chief of a service set off by commas after the name ("X, Tanzania's army chief, met") is X's
office with its service and country, as before a name; a chief with no name stays bare. A
"Field Marshal" before a name is his title; with no country of his own told, a meeting with a
host of the dateline's country has one side only and is none. A lower-case "speaker" after a
chamber in capitals that follows its country ("Zambia's National Assembly speaker") is the
chamber's head.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.model import Participant
from orchestration.extraction.pipeline import extract_document

SAT = date(2025, 2, 1)  # a Saturday: "on Monday" is January 27


def people(text: str, dateline: str | None = None) -> list[tuple[str, str | None, str | None, str | None]]:
    """(name, title, country, organization) of every person in every engagement read."""
    found: list[Participant] = [
        p
        for e in extract_document(text, SAT, dateline).engagements
        for p in e.participants
        if p.participant_type == "person"
    ]
    return [(p.name, p.title, p.country_iso3, p.organization) for p in found]


GUEST = ("Ayla Demirel", "Ambassador", "TUR", None)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Uzbekistan's Presidential Council head Dilshod Rakhimov met Turkish Ambassador Ayla "
            "Demirel on Monday.",
            ("Dilshod Rakhimov", "Presidential Council head", "UZB", None),
        ),
        (
            "Uzbekistan's National Bank chairman Dilshod Rakhimov held talks with Turkish Ambassador "
            "Ayla Demirel on Monday.",
            ("Dilshod Rakhimov", "National Bank chairman", "UZB", None),
        ),
        (
            "Dilshod Rakhimov, Uzbekistan's Security Council chief, met Turkish Ambassador Ayla "
            "Demirel on Monday.",
            ("Dilshod Rakhimov", "Security Council chief", "UZB", None),
        ),
        (
            "Uzbekistan's Presidential Administration Head Dilshod Rakhimov received Turkish "
            "Ambassador Ayla Demirel on Monday.",
            ("Dilshod Rakhimov", "Presidential Administration Head", "UZB", None),
        ),
        # near misses: a company's own name is the body he represents; after a demonym the body
        # is read as an organization, and with no country before it the head is left as it was
        (
            "Uzbekistan's Aral Bank head Dilshod Rakhimov met Turkish Ambassador Ayla Demirel on Monday.",
            ("Dilshod Rakhimov", "head", "UZB", "Aral Bank"),
        ),
        (
            "Uzbek Presidential Council head Dilshod Rakhimov met Turkish Ambassador Ayla Demirel on Monday.",
            ("Dilshod Rakhimov", "head", "UZB", None),
        ),
        (
            "Presidential Council head Dilshod Rakhimov met Turkish Ambassador Ayla Demirel on Monday.",
            ("Dilshod Rakhimov", "head", "UZB", None),
        ),
    ],
)
def test_a_state_body_between_country_and_head_is_the_office(text: str, host: tuple) -> None:
    assert people(f"TASHKENT - {text}", "Tashkent") == [host, GUEST]


RWANDAN = ("Aline Uwase", "defence minister", "RWA", None)


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            "Jabari Mwita, Tanzania's army chief, met Rwanda's defence minister Aline Uwase on Tuesday.",
            ("Jabari Mwita", "army chief", "TZA", None),
        ),
        (
            "Gen. Jabari Mwita, Tanzania's armed forces chief, met Rwanda's defence minister Aline Uwase "
            "on Tuesday.",
            ("Jabari Mwita", "armed forces chief", "TZA", None),
        ),
        (
            "Jabari Mwita, the Tanzanian police chief, met Rwanda's defence minister Aline Uwase on Tuesday.",
            ("Jabari Mwita", "police chief", "TZA", None),
        ),
        # offices of other kinds set off the same way were read already
        (
            "Jabari Mwita, Tanzania's central bank governor, met Rwanda's defence minister Aline Uwase "
            "on Tuesday.",
            ("Jabari Mwita", "central bank governor", "TZA", None),
        ),
        (
            "Jabari Mwita, Tanzania's trade envoy, met Rwanda's defence minister Aline Uwase on Tuesday.",
            ("Jabari Mwita", "trade envoy", "TZA", None),
        ),
        # near miss: a chief that closes no apposition names no one, and the name has no title
        (
            "Speaking to reporters, the army chief said Jabari Mwita met Rwanda's defence minister "
            "Aline Uwase on Tuesday.",
            ("Jabari Mwita", None, "TZA", None),
        ),
    ],
)
def test_a_chief_set_off_after_the_name_is_his_office(text: str, guest: tuple) -> None:
    assert people(f"DODOMA - {text}", "Dodoma") == [guest, RWANDAN]


def test_a_chief_set_off_after_the_name_in_the_object() -> None:
    text = "DODOMA - Rwanda's defence minister Aline Uwase met Jabari Mwita, Tanzania's police chief."
    assert people(text, "Dodoma") == [RWANDAN, ("Jabari Mwita", "police chief", "TZA", None)]


@pytest.mark.parametrize(
    ("text", "marshal"),
    [
        (
            "KHARTOUM - Chad's Field Marshal Omar Saleh held talks with Sudanese President Aline Uwase on "
            "Sunday.",
            ("Omar Saleh", "Field Marshal", "TCD", None),
        ),
        (
            "KHARTOUM - Field Marshal Omar Saleh, Chad's army chief, held talks with Sudanese President "
            "Aline Uwase on Sunday.",
            ("Omar Saleh", "Field Marshal", "TCD", None),
        ),
    ],
)
def test_a_field_marshal_before_the_name_is_his_title(text: str, marshal: tuple) -> None:
    assert people(text, "Khartoum") == [marshal, ("Aline Uwase", "President", "SDN", None)]


def test_a_field_marshal_of_no_country_told_is_no_side() -> None:
    """The dateline's country is the host's: the marshal's own the story does not tell."""
    text = "KHARTOUM - Field Marshal Omar Saleh held talks with Sudanese President Aline Uwase on Sunday."
    assert people(text, "Khartoum") == []


MALAWIAN = ("Grace Banda", "Foreign Minister", "MWI", None)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Zambia's National Assembly speaker Nelly Mutale met Malawian Foreign Minister Grace Banda "
            "on Monday.",
            ("Nelly Mutale", "National Assembly speaker", "ZMB", None),
        ),
        (
            "Nelly Mutale, the Zambian Senate speaker, met Malawian Foreign Minister Grace Banda on Monday.",
            ("Nelly Mutale", "Senate speaker", "ZMB", None),
        ),
        # near miss: with no country before the chamber, "speaker" stays no title
        (
            "Senate speaker Nelly Mutale met Malawian Foreign Minister Grace Banda on Monday.",
            ("Nelly Mutale", None, "ZMB", None),
        ),
    ],
)
def test_a_lower_case_speaker_of_a_chamber_in_capitals(text: str, host: tuple) -> None:
    assert people(f"LUSAKA - {text}", "Lusaka") == [host, MALAWIAN]
