"""A country's name in brackets right after a person's name, written for these tests.

"Lee Kinyanjui (Kenya) and Francis Mwebesa (Uganda) met in Kampala on Monday.": each person is
of the country in brackets after the name. The bracket had made the name look like a body's
before its initials, so neither was a person, and the meeting had no participants.
`_country_in_brackets` (people.py) keeps such a name a person's, and
`_countries_in_brackets_after` gives the person that country. A body's initials in brackets
("Kazakhstan Temir Zholy (KTZ)") and a firm's country in brackets read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.people import find_people
from orchestration.extraction.pipeline import extract_document


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lee Kinyanjui (Kenya) and Francis Mwebesa (Uganda) met in Kampala on Monday.",
         [("Lee Kinyanjui", "KEN"), ("Francis Mwebesa", "UGA")]),
        ("The talks brought together Lee Kinyanjui (Kenya), Francis Mwebesa (Uganda) and Ali Said "
         "(Tanzania) in Arusha on Monday.",
         [("Lee Kinyanjui", "KEN"), ("Francis Mwebesa", "UGA"), ("Ali Said", "TZA")]),
        # as before: a body's initials, a firm's country
        ("Kazakhstan Temir Zholy (KTZ) signed a deal with Uzbekistan Railways on Monday.", []),
        ("Nestle (Switzerland) signed a deal with the Ghana Cocoa Board on Monday.", []),
    ],
)  # fmt: skip
def test_the_person_is_of_the_bracketed_country(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.country_iso3) for p in find_people(sentence)] == expected


def test_the_meeting_has_its_participants() -> None:
    text = "Lee Kinyanjui (Kenya) and Francis Mwebesa (Uganda) met in Kampala on Monday."
    (event,) = extract_document(text, date(2025, 3, 4)).engagements
    assert [(p.name, p.country_iso3) for p in event.participants] == [
        ("Lee Kinyanjui", "KEN"),
        ("Francis Mwebesa", "UGA"),
    ]
