"""Given names that are days of the week opening a sentence, written for these tests.

West African officials are often named for the day of their birth. When such a name opens the
sentence and the person's title follows after a comma ("Sunday Dare, Nigeria's sports minister,
met ..."), the day was read as the meeting's date and the name lost its first word ("Dare").
A day there, before a capitalized word, a comma and a title among the next few words, is the
name's first word, and the meeting takes the day the sentence gives it; a day followed by its
own comma, or one after "on", dates the sentence as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 14)  # a Saturday

Person = tuple[str, str | None, str | None]


def _event(text: str) -> tuple[date | None, list[Person]]:
    (event,) = extract_document(text, PUB).engagements
    people = [(p.name, p.title, p.country_iso3) for p in event.participants if p.participant_type == "person"]
    return event.engagement_date, people


@pytest.mark.parametrize(
    ("text", "day", "person"),
    [
        ("Sunday Adeyemi, Nigeria's minister of youth, met Ghanaian Youth Minister Kofi Asamoah "
         "in Accra on Wednesday.", date(2025, 6, 11), ("Sunday Adeyemi", "minister of youth", "NGA")),
        ("LAGOS, June 14 - Friday Eze, the Nigerian commerce minister, held talks with Beninese "
         "Trade Minister Alain Sossa in Cotonou on Tuesday.", date(2025, 6, 10),
         ("Friday Eze", "commerce minister", "NGA")),
        ("Monday Obi, Nigeria's ambassador to Togo, met Togolese Foreign Minister Yawa Dogbe in "
         "Lome on Thursday.", date(2025, 6, 12), ("Monday Obi", "ambassador to Togo", "NGA")),
    ],
)  # fmt: skip
def test_a_day_opening_a_named_subject_is_his_given_name(text: str, day: date, person: Person) -> None:
    found_day, people = _event(text)
    assert found_day == day
    assert person in people


@pytest.mark.parametrize(
    "text",
    [
        # the day dates the meeting: with its own comma, or after "on", as before
        "Sunday, Nigerian Trade Minister Bala Okoro met Ghanaian Trade Minister Ama Serwaa in Accra.",
        "On Sunday, Nigerian Trade Minister Bala Okoro met Ghanaian Trade Minister Ama Serwaa in Accra.",
        "Nigerian Trade Minister Bala Okoro met Ghanaian Trade Minister Ama Serwaa in Accra on Sunday.",
    ],
)
def test_a_day_that_dates_the_meeting_stays_a_date(text: str) -> None:
    found_day, people = _event(text)
    assert found_day == date(2025, 6, 8)
    assert sorted(people) == [
        ("Ama Serwaa", "Trade Minister", "GHA"),
        ("Bala Okoro", "Trade Minister", "NGA"),
    ]
