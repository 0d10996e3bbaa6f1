"""A visit paid to a person, not a place, written for these tests.

"X paid a visit to President Y on Wednesday" is a call on Y, as "X visited President Y" and "a
courtesy visit to Y" are: a meeting of the two (it had given nothing). A visit to a person in
a place named, a visit to a country and one still ahead read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday
WED = date(2025, 3, 5)


def _events(text: str) -> list[tuple[str, date | None, tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.countries, tuple(p.name for p in e.participants))
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Ugandan Foreign Minister Jeje Odongo paid a visit to President William Ruto on Wednesday.",
         ("Jeje Odongo", "William Ruto")),
        ("Ugandan Foreign Minister Jeje Odongo paid a visit to his Kenyan counterpart Musalia Mudavadi on "
         "Wednesday.", ("Jeje Odongo", "Musalia Mudavadi")),
    ],
)  # fmt: skip
def test_a_visit_paid_to_a_person_is_a_meeting(text: str, people: tuple[str, ...]) -> None:
    assert _events(text) == [("meeting", WED, ("KEN", "UGA"), people)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ugandan Foreign Minister Jeje Odongo paid a visit to Kenyan President William Ruto in Nairobi on "
         "Wednesday.", [("visit", WED, ("KEN", "UGA"), ("Jeje Odongo",))]),
        ("Ugandan Foreign Minister Jeje Odongo paid a visit to Kenya on Wednesday.",
         [("visit", WED, ("KEN", "UGA"), ("Jeje Odongo",))]),
        ("Ugandan Foreign Minister Jeje Odongo will pay a visit to President William Ruto on Friday.", []),
    ],
)  # fmt: skip
def test_other_visits_stay(
    text: str, expected: list[tuple[str, date | None, tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
