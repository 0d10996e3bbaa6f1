"""An officer of a firm named for its country, before the officer's name: written for these
tests.

"Managing Director of Kenya Power Joseph Siror met ..." had read the firm's last word into
the name ("Power Joseph Siror") and named no organization, where a body's word ("Ghana Cocoa
Board Joseph Aidoo") already closed the body. A firm's word (lexicons/organizations.tsv
suffixes: "Power", "Gas", "Group") now closes it too, when two or three plain capitalized
words, a name, follow and the head is no minister's. A body's word and a firm's name before
its title read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _people(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (p.name, p.title, p.country_iso3, p.organization)
        for e in extract_document(text, PUB).engagements
        for p in e.participants
        if p.participant_type == "person"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Managing Director of Kenya Power Joseph Siror met Ethiopian Electric Power chief Ashebir "
         "Balcha in Addis Ababa on Monday.",
         [("Joseph Siror", "Managing Director", "KEN", "Kenya Power"),
          ("Ashebir Balcha", "chief", "ETH", "Ethiopian Electric Power")]),
        ("Chief Executive of Nigeria Liquefied Natural Gas Philip Mshelbila met Ghanaian Energy "
         "Minister John Jinapor in Accra on Monday.",
         [("Philip Mshelbila", "Chief Executive", "NGA", "Nigeria Liquefied Natural Gas"),
          ("John Jinapor", "Energy Minister", "GHA", None)]),
        # near misses: a body's word, the firm before the title
        ("Chairman of Ghana Cocoa Board Joseph Aidoo met Ivorian Agriculture Minister Kobenan "
         "Adjoumani in Abidjan on Monday.",
         [("Joseph Aidoo", "Chairman", "GHA", "Ghana Cocoa Board"),
          ("Kobenan Adjoumani", "Agriculture Minister", "CIV", None)]),
        ("Kenya Power Managing Director Joseph Siror met Ethiopian Electric Power chief Ashebir "
         "Balcha in Addis Ababa on Monday.",
         [("Joseph Siror", "Managing Director", "KEN", "Kenya Power"),
          ("Ashebir Balcha", "chief", "ETH", "Ethiopian Electric Power")]),
    ],
)  # fmt: skip
def test_officer_of_a_firm_named_for_its_country(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert _people(text) == expected
