"""A visit told in a "who" clause on an official named by title alone, written for these tests.

"The Tajik president, who is on a working visit to Kyrgyzstan, met ..." tells two events: the
meeting and the visit. The clause's antecedent is a title with no name, so the clause held no
person and the visit had only its host's country; it was dropped. The title's country is the
visitor's side.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _visits(text: str) -> list[tuple[date | None, str | None, tuple[str, ...]]]:
    return [
        (e.engagement_date, e.location, e.countries)
        for e in extract_document(text, PUB).engagements
        if e.engagement_type == "visit"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Tajik president, who is on a working visit to Kyrgyzstan, met Kyrgyz President Sadyr "
         "Japarov on Monday.", [(date(2025, 3, 3), None, ("KGZ", "TJK"))]),
        ("The Omani foreign minister, who is on an official visit to Jordan, held talks with "
         "Jordanian Foreign Minister Ayman Safadi on Monday.", [(date(2025, 3, 3), None, ("JOR", "OMN"))]),
        ("The Paraguayan president, who arrived in Uruguay on a state visit on Sunday, met "
         "Uruguayan President Yamandu Orsi on Monday.", [(date(2025, 3, 2), None, ("PRY", "URY"))]),
        ("The Samoan prime minister, who is in Wellington on a working visit, met New Zealand Prime "
         "Minister Christopher Luxon on Monday.", [(date(2025, 3, 3), "Wellington", ("NZL", "WSM"))]),
    ],
)  # fmt: skip
def test_the_titles_country_is_the_visitors_side(
    text: str, expected: list[tuple[date | None, str | None, tuple[str, ...]]]
) -> None:
    assert _visits(text) == expected


def test_a_who_clause_with_no_visit_adds_none() -> None:
    text = "The Tajik president, who is on holiday, met Kyrgyz President Sadyr Japarov on Monday."
    assert _visits(text) == []
    meetings = extract_document(text, PUB).engagements
    assert [(e.engagement_type, e.countries) for e in meetings] == [("meeting", ("KGZ", "TJK"))]
