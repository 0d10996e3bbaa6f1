"""Engagement misses read generally, on invented wording: a seat of government named as the
subject of "hosted" is the venue, not a participant; a message handed over in the sentence
after its receipt names the envoy who met the receiver; a company's name that runs into a
person's name is cut where the person begins."""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.engagements import extract_engagements
from orchestration.extraction.model import Engagement
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
