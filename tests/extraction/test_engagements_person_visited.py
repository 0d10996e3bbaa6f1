"""A person, not a place, as what was visited, written for these tests.

"X visited President Y on Wednesday" and "President Y was visited by X" tell a call on Y: the
two met, a meeting with both of them (it had been a visit of X alone, or nothing). With a place
of the visit in the clause ("visited President Y in Nairobi") it stays a visit there; so does a
place visited ("visited Kenya", "Nairobi was visited by X"), a place of the person's ("visited
President Y's farm") and a visit still ahead.
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
        ("Ugandan Foreign Minister Jeje Odongo visited President William Ruto on Wednesday.",
         ("Jeje Odongo", "William Ruto")),
        ("Ugandan Foreign Minister Jeje Odongo on Wednesday visited Kenyan President William Ruto.",
         ("Jeje Odongo", "William Ruto")),
        ("Ugandan Foreign Minister Jeje Odongo visited his Kenyan counterpart Musalia Mudavadi on Wednesday.",
         ("Jeje Odongo", "Musalia Mudavadi")),
        ("Kenyan President William Ruto was visited by Ugandan Foreign Minister Jeje Odongo on Wednesday.",
         ("William Ruto", "Jeje Odongo")),
    ],
)  # fmt: skip
def test_a_person_visited_is_met(text: str, people: tuple[str, ...]) -> None:
    assert _events(text) == [("meeting", WED, ("KEN", "UGA"), people)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place of the visit: a visit there, as before
        ("Ugandan Foreign Minister Jeje Odongo visited Kenyan President William Ruto in Nairobi on "
         "Wednesday.",
         [("visit", WED, ("KEN", "UGA"), ("Jeje Odongo",))]),
        ("Ugandan Foreign Minister Jeje Odongo visited Kenyan President William Ruto in the Kenyan capital "
         "on Wednesday.", [("visit", WED, ("KEN", "UGA"), ("Jeje Odongo",))]),
        # a place visited
        ("Ugandan Foreign Minister Jeje Odongo visited Kenya on Wednesday.",
         [("visit", WED, ("KEN", "UGA"), ("Jeje Odongo",))]),
        ("Nairobi was visited by Ugandan Foreign Minister Jeje Odongo on Wednesday.",
         [("visit", WED, ("KEN", "UGA"), ("Jeje Odongo",))]),
        # a place of the person's, and a visit still ahead: nothing, as before
        ("Ugandan Foreign Minister Jeje Odongo visited President William Ruto's farm on Wednesday.", []),
        ("Ugandan Foreign Minister Jeje Odongo will visit President William Ruto on Friday.", []),
    ],
)  # fmt: skip
def test_a_place_visited_stays_a_visit(
    text: str, expected: list[tuple[str, date | None, tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
