"""Engagements in the house styles of regional wires (Gulf, Central Asian, East European,
Latin American and African agencies), each rule tested on invented wording in other countries
than the ones it was found in, with near misses where it must not fire.

Rules covered: a relative clause that only names who delivered a message ("which was handed
over by X") names the envoy received, as the bare participle does; a topic does not end on
the adverb of place after it ("an agreement on port services here today"); a two-letter
legal form in title case after a name particle is a surname ("de Sa"), no company's "SA".
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.model import Engagement
from orchestration.extraction.pipeline import extract_document

MON = date(2024, 3, 18)  # a Monday


def extract(text: str, published: date = MON, dateline: str | None = None) -> list[Engagement]:
    return list(extract_document(text, published, dateline).engagements)


def summary(e: Engagement) -> tuple:
    day = str(e.engagement_date) if e.engagement_date else None
    people = sorted(p.name for p in e.participants if p.participant_type == "person")
    return (e.engagement_type, day, e.countries, e.location, people)


# ---------------------------------------------------------------------------------------
# a message handed over: "which was handed over by X" names the envoy, as "handed over by X"

DELIVERED_IN_A_RELATIVE = [
    (
        "Foreign Minister Khalid Al Jalahma received on Monday a written message from the President "
        "of Peru, which was handed over by Peruvian Ambassador Luis Felipe Quesada.",
        "Manama",
        [("meeting", "2024-03-18", ("BHR", "PER"), "Manama", ["Khalid Al Jalahma", "Luis Felipe Quesada"])],
    ),
    (
        "Minister of State Salim Al Harthy received a verbal message from the Prime Minister of "
        "Vietnam on Monday, which was delivered by the Vietnamese Deputy Minister of Industry, "
        "Tran Van Long.",
        "Muscat",
        [("meeting", "2024-03-18", ("OMN", "VNM"), "Muscat", ["Salim Al Harthy", "Tran Van Long"])],
    ),
    (
        "Crown Prince Faisal Al Sabah received a letter from the King of Norway, which had been "
        "conveyed by Erik Solberg, State Secretary of Norway, on Monday.",
        "Kuwait",
        [("meeting", "2024-03-18", ("KWT", "NOR"), "Kuwait", ["Erik Solberg", "Faisal Al Sabah"])],
    ),
]


@pytest.mark.parametrize(("text", "dateline", "expected"), DELIVERED_IN_A_RELATIVE)
def test_a_message_handed_over_in_a_relative_clause_names_the_envoy(
    text: str, dateline: str, expected: list[tuple]
) -> None:
    assert sorted(map(summary, extract(text, MON, dateline))) == sorted(expected)


NOT_DELIVERED_BY_ANYONE = [
    # delivered, but by no one named: no envoy, no meeting
    "Foreign Minister Khalid Al Jalahma received on Monday a written message from the President of "
    "Peru, which was delivered last week.",
    # not a delivery: who wrote the message was not received
    "Foreign Minister Khalid Al Jalahma received on Monday a written message from the President of "
    "Peru, which was drafted by Peruvian Ambassador Luis Felipe Quesada.",
    # no message: a report delivered at home is no engagement
    "Peruvian President Maria Solis welcomed a report on water, which was delivered by the national "
    "auditor Jorge Paredes, on Monday.",
]


@pytest.mark.parametrize("text", NOT_DELIVERED_BY_ANYONE)
def test_a_relative_clause_without_a_delivering_envoy_names_no_one(text: str) -> None:
    assert extract(text, MON, "Manama") == []


# ---------------------------------------------------------------------------------------
# "here" and "there" after the object tell where, not what: no word of the topic

PLACE_ADVERB_AFTER_TOPIC = [
    ("Eritrea and Sudan signed an agreement on port services here on Monday.", ["port services"]),
    (
        "Eritrea and Sudan held talks on border trade and livestock here on Monday.",
        ["border trade", "livestock"],
    ),
    ("Eritrea and Sudan signed a memorandum on railway links there on Monday.", ["railway links"]),
    # near miss: no adverb, the same topic
    ("Eritrea and Sudan signed an agreement on port services on Monday.", ["port services"]),
]


@pytest.mark.parametrize(("text", "topics"), PLACE_ADVERB_AFTER_TOPIC)
def test_a_topic_does_not_end_on_an_adverb_of_place(text: str, topics: list[str]) -> None:
    (found,) = extract(text, MON, "Asmara")
    assert list(found.topics) == topics


# ---------------------------------------------------------------------------------------
# "de Sa", "da Sa": a Portuguese surname after a particle, not the legal form "SA"

SURNAME_AFTER_PARTICLE = [
    (
        "Deputy Minister Waleed Elkhereiji met the Ambassador of Portugal Joana de Sa Pereira on Monday.",
        "Riyadh",
        [("meeting", "2024-03-18", ("PRT", "SAU"), "Riyadh", ["Joana de Sa Pereira", "Waleed Elkhereiji"])],
    ),
    (
        "Angolan Foreign Minister Tete Antonio met Brazilian Ambassador Rafael da Sa on Monday.",
        "Luanda",
        [("meeting", "2024-03-18", ("AGO", "BRA"), "Luanda", ["Rafael da Sa", "Tete Antonio"])],
    ),
    # near miss: the legal form in capitals after a company's name stays the company's
    (
        "Portuguese Economy Minister Pedro Reis met the chairman of Spanish firm Obras SA, Carlos Ruiz, "
        "on Monday.",
        "Lisbon",
        [("meeting", "2024-03-18", ("ESP", "PRT"), "Lisbon", ["Carlos Ruiz", "Pedro Reis"])],
    ),
]


@pytest.mark.parametrize(("text", "dateline", "expected"), SURNAME_AFTER_PARTICLE)
def test_a_short_legal_form_after_a_name_particle_is_a_surname(
    text: str, dateline: str, expected: list[tuple]
) -> None:
    assert sorted(map(summary, extract(text, MON, dateline))) == sorted(expected)


def test_a_legal_form_in_capitals_keeps_its_company() -> None:
    (found,) = extract(SURNAME_AFTER_PARTICLE[2][0], MON, "Lisbon")
    assert [o.name for o in found.participants if o.participant_type == "organization"] == ["Obras SA"]
