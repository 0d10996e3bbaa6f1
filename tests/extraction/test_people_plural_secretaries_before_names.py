"""A plural title in "-ies" before the names it gives, written for these tests.

"Kenyan Cabinet Secretaries Lee Kinyanjui and John Mbadi": each is a "Cabinet Secretary" of
Kenya, as each of "Ugandan Ministers X and Y" is a "Minister". The plural "Secretaries" had
been read as the first name's given name ("Secretaries Lee Kinyanjui", no title), and the
second name had taken the other side's country: a plural of a word no name is made of was
only known made with "-s" ("Championships"). `_plural_of_not_name` (people.py) also takes one
in "-ies" of a word in "-y", and `plural_title_at` (titles.py) keeps the word opening such an
office ("Cabinet", "Permanent", "Principal": `_PLURAL_TITLE_OPENERS`). Surnames in "-ies"
("Davies", "Humphries") read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.people import find_people
from orchestration.extraction.pipeline import extract_document


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Principal Secretaries Regina Ombam and Abubakar Hassan met the delegation on Monday.",
         [("Regina Ombam", "Principal Secretary"), ("Abubakar Hassan", "Principal Secretary")]),
        ("Kenyan Secretaries Lee Kinyanjui and John Mbadi met the delegation on Monday.",
         [("Lee Kinyanjui", "Secretary"), ("John Mbadi", "Secretary")]),
        # as before: surnames in "-ies"
        ("Minister Davies met Ambassador Humphries on Monday.",
         [("Davies", "Minister"), ("Humphries", "Ambassador")]),
        ("Welsh Secretary Jo Stevens met Gareth Davies on Monday.",
         [("Jo Stevens", "Welsh Secretary"), ("Gareth Davies", None)]),
    ],
)  # fmt: skip
def test_each_name_has_the_office(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


def test_each_secretary_is_of_his_country() -> None:
    text = (
        "The talks were attended by Kenyan Cabinet Secretaries Lee Kinyanjui and John Mbadi and "
        "Ugandan Ministers Francis Mwebesa and Matia Kasaija in Kampala on Monday."
    )
    (event,) = extract_document(text, date(2025, 3, 4)).engagements
    assert [(p.name, p.title, p.country_iso3) for p in event.participants] == [
        ("Lee Kinyanjui", "Cabinet Secretary", "KEN"),
        ("John Mbadi", "Cabinet Secretary", "KEN"),
        ("Francis Mwebesa", "Minister", "UGA"),
        ("Matia Kasaija", "Minister", "UGA"),
    ]
