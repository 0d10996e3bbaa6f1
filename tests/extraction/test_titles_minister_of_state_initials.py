"""India's Minister of State written by its initials, "MoS", written for these tests.

Indian official copy abbreviates the office and drops the "for" before its portfolio: "MoS
External Affairs Shri X", "MoS for Commerce and Industry X", "called on MoS X". The initials
were no title word, so the minister had been left with no title (the portfolio, read as the
first words of a name, was dropped). "MoS" is now a head as "Minister of State" is, and takes
its portfolio straight after it as "Secretary" does in the same copy ("Secretary Commerce X").
"""

from __future__ import annotations

from datetime import date
from typing import Final

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 14)

Person = tuple[str, str | None, str | None]


def _people(text: str) -> list[Person]:
    (event,) = extract_document(text, PUB, "New Delhi").engagements
    return sorted(
        (p.name, p.title, p.country_iso3) for p in event.participants if p.participant_type == "person"
    )


GUEST: Final = ("Ana Lucia Ferreira", "Foreign Minister", "BRA")


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            (
                "MoS External Affairs Shri Ramesh Chandrakar received Brazilian Foreign Minister Ana "
                "Lucia Ferreira in New Delhi on Thursday."
            ),
            ("Ramesh Chandrakar", "MoS External Affairs", "IND"),
        ),
        (
            (
                "MoS for Commerce and Industry Ramesh Chandrakar held talks with Brazilian Foreign "
                "Minister Ana Lucia Ferreira in New Delhi on Thursday."
            ),
            ("Ramesh Chandrakar", "MoS for Commerce and Industry", "IND"),
        ),
        (
            (
                "Brazilian Foreign Minister Ana Lucia Ferreira called on MoS Ramesh Chandrakar in New "
                "Delhi on Thursday."
            ),
            ("Ramesh Chandrakar", "MoS", "IND"),
        ),
    ],
)
def test_the_initials_are_the_ministers_title(text: str, host: Person) -> None:
    assert _people(text) == [GUEST, host]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # the office written out reads as before
        (
            (
                "Minister of State for External Affairs Ramesh Chandrakar received Brazilian Foreign "
                "Minister Ana Lucia Ferreira in New Delhi on Thursday."
            ),
            ("Ramesh Chandrakar", "Minister of State for External Affairs", "IND"),
        ),
        (
            (
                "Minister of State External Affairs Ramesh Chandrakar received Brazilian Foreign "
                "Minister Ana Lucia Ferreira in New Delhi on Thursday."
            ),
            ("Ramesh Chandrakar", "Minister of State External Affairs", "IND"),
        ),
    ],
)
def test_the_office_written_out_reads_as_before(text: str, host: Person) -> None:
    assert _people(text) == [GUEST, host]
