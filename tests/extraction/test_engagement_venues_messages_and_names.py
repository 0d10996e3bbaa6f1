"""Engagement misses read generally, on invented wording: a seat of government named as the
subject of "hosted" is the venue, not a participant; a message handed over in the sentence
after its receipt names the envoy who met the receiver; a company's name that runs into a
person's name is cut where the person begins."""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.engagements import extract_engagements
from orchestration.extraction.model import Engagement
from orchestration.extraction.people import find_people
from orchestration.extraction.text import clean_body, split_sentences

WED = date(2025, 6, 11)  # a Wednesday: "on Monday" is June 9


def extract(text: str, published: date = WED, dateline: str | None = None) -> list[Engagement]:
    text = clean_body(text)
    return extract_engagements(text, split_sentences(text), published, dateline)


def people(e: Engagement) -> list[str]:
    return sorted(p.name for p in e.participants if p.participant_type == "person")


# ---------------------------------------------------------------------------------------
# a seat of government as the subject of "hosted": the venue

VENUE_SUBJECTS = [
    (
        "Kuksaroy hosted talks between President Mirziyoyev and President Rahmon of Tajikistan on Monday.",
        ["Mirziyoyev", "Rahmon"],
        "Tashkent",
    ),
    (
        "Kremlin hosted a meeting between President Putin and President Pashinyan of Armenia on Monday.",
        ["Pashinyan", "Putin"],
        "Moscow",
    ),
    (
        "Quirinale hosted a meeting between President Mattarella and King Harald of Norway on Monday.",
        ["Harald", "Mattarella"],
        "Rome",
    ),
    (
        "Istana hosted talks between Singaporean Prime Minister Wong and New Zealand Prime Minister Luxon.",
        ["Luxon", "Wong"],
        "Singapore",
    ),
]


@pytest.mark.parametrize(("text", "names", "place"), VENUE_SUBJECTS)
def test_a_seat_of_government_hosting_is_the_venue(text: str, names: list[str], place: str) -> None:
    (e,) = extract(text)
    assert people(e) == names
    assert e.location == place


def test_a_surname_hosting_stays_a_participant() -> None:
    """Near miss: a leader's surname as the subject is a person, venue or not."""
    (e,) = extract("Lula hosted talks with Prime Minister Sanchez of Spain at the Planalto Palace on Monday.")
    assert people(e) == ["Lula", "Sanchez"]


# ---------------------------------------------------------------------------------------
# a listed company's name running into its officer's name, with no comma between

COMPANY_NAMES = [
    (
        "Prime Minister Fiala of the Czech Republic met the Chairman of SK Innovation Choi on Tuesday.",
        ("Choi", "Chairman", "SK Innovation"),
    ),
    (
        "President Petro of Colombia received the CEO of LG Chem Amir Hassan bin Khalid on Monday.",
        ("Amir Hassan bin Khalid", "CEO", "LG Chem"),
    ),
    # near misses: a two-word name, a comma, an acronym alone read as before
    (
        "President Petro of Colombia received the CEO of LG Chem Hak-cheol Shin on Monday.",
        ("Hak-cheol Shin", "CEO", "LG Chem"),
    ),
    ("President Petro of Colombia received the CEO of LG Chem, Shin, on Monday.", ("Shin", "CEO", "LG Chem")),
    (
        "President Petro of Colombia received the Director-General of the IAEA Rafael Grossi on Monday.",
        ("Rafael Grossi", "Director-General", "IAEA"),
    ),
]


@pytest.mark.parametrize(("text", "officer"), COMPANY_NAMES)
def test_a_listed_company_gives_way_to_its_officer(text: str, officer: tuple[str, str, str]) -> None:
    assert (officer[0], officer[1], officer[2]) in [
        (p.name, p.title, p.organization) for p in find_people(text)
    ]


def test_the_officer_of_a_listed_company_meets_the_host() -> None:
    (e,) = extract(
        "President Petro of Colombia received the CEO of LG Chem Amir Hassan bin Khalid on Monday."
    )
    assert people(e) == ["Amir Hassan bin Khalid", "Petro"]


def test_another_office_after_a_listed_company_is_no_name() -> None:
    """Near miss: "President" after the company opens another office, not the officer's name."""
    found = find_people("Ruto met the CEO of LG Chem President Ahmed on Monday.")
    assert all(p.title != "CEO" or p.name != "President Ahmed" for p in found)


# ---------------------------------------------------------------------------------------
# a message received, its envoy named in the sentence after

DELIVERIES = [
    (
        "President Gustavo Petro received a written message from the President of Kenya on Monday. "
        "The message was delivered by Kenyan Ambassador Peter Kamau.",
        ["Gustavo Petro", "Peter Kamau"],
    ),
    (
        "Prime Minister Dick Schoof received a letter from the Emir of Qatar on Monday. "
        "The letter was conveyed by Qatari Ambassador Hamad Al-Thani.",
        ["Dick Schoof", "Hamad Al-Thani"],
    ),
    (
        "Foreign Minister Mauro Vieira received the Ambassador of Kenya, Peter Kamau, on Monday. "
        "The ambassador delivered a message from President Ruto.",
        ["Mauro Vieira", "Peter Kamau"],
    ),
]


@pytest.mark.parametrize(("text", "names"), DELIVERIES)
def test_the_envoy_of_a_received_message_was_met(text: str, names: list[str]) -> None:
    (e,) = extract(text)
    assert people(e) == names
    assert str(e.engagement_date) == "2025-06-09"


NO_ENVOY = [
    "President Gustavo Petro received a written message from the President of Kenya on Monday. "
    "The message was delivered by post.",
    "President Gustavo Petro received a written message from the President of Kenya on Monday.\n\n"
    "The message was delivered by Kenyan Ambassador Peter Kamau.",
    "President Gustavo Petro received a written message from the President of Kenya on Monday.",
]


@pytest.mark.parametrize("text", NO_ENVOY)
def test_no_envoy_named_after_the_receipt_gives_no_meeting(text: str) -> None:
    """Near misses: no one named after "by", or the delivery told in another paragraph."""
    assert extract(text) == []


def test_a_delivery_sentence_of_auxiliaries_to_its_last_word_reads_as_no_delivery() -> None:
    """Hostile input: a six-word sentence whose auxiliaries run up to the delivery verb at its
    end had looked past its last word (an IndexError, which stops the document's extraction)."""
    text = (
        "President Gustavo Petro received a written message from the President of Kenya, sent by "
        "courier. The message was had been delivered"
    )
    assert extract(text) == []
