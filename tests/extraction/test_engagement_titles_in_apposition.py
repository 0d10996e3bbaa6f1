"""Titles of engagement participants written around a state's body or set after the name.

Rules covered: a state's body named in capitals between its country's possessive and a head
("Uzbekistan's Presidential Council head", "Uzbekistan's National Bank chairman") is the office
as written, of that country; a company's own name there stays the body the holder represents.
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
