"""Indian offices written in Hindi in English copy, written for these tests.

Indian government releases write some offices in Hindi before the holder's name: "Raksha
Mantri Shri X" (the Minister of Defence), "Rajya Raksha Mantri Shri X" (his Minister of State),
"Pradhan Mantri X". They are titles of India's alone, and the name after them is the holder's
(the office had been read as part of his name, with no title). English titles stay as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 6)  # a Thursday


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (p.name, p.title, p.country_iso3)
        for e in extract_document(text, PUB).engagements
        for p in e.participants
        if p.participant_type == "person"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raksha Mantri Shri Arjun Mehta held bilateral talks with the Defence Minister of Chile Mr "
         "Tomas Ruiz in Santiago on 4 March 2025.",
         [("Arjun Mehta", "Raksha Mantri", "IND"), ("Tomas Ruiz", "Defence Minister", "CHL")]),
        ("Rajya Raksha Mantri Shri Arjun Mehta met the Deputy Defence Minister of Peru Mr Tomas Ruiz "
         "in Lima on 4 March 2025.",
         [("Arjun Mehta", "Rajya Raksha Mantri", "IND"), ("Tomas Ruiz", "Deputy Defence Minister", "PER")]),
        # an English title: as before
        ("Defence Minister Arjun Mehta of India met the Defence Minister of Chile Mr Tomas Ruiz in "
         "Santiago on 4 March 2025.",
         [("Arjun Mehta", "Defence Minister", "IND"), ("Tomas Ruiz", "Defence Minister", "CHL")]),
    ],
)  # fmt: skip
def test_the_hindi_office_is_the_title(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected
