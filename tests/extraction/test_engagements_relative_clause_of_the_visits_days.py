"""A relative clause that tells the days of the visit its phrase names, written for these tests.

"During his three-day visit to Vietnam, which ended on Wednesday, Malaysian Prime Minister X held
talks with Y": the clause right after the visit's phrase ("visit to Vietnam, | which ended ...",
"visit of X to Vietnam, | which began ...") tells the visit's own days, as "the State Visit,
which began on Wednesday" already did for a clause on its noun; so the visit is told, dated by
its first day (Monday, for three days ending on Wednesday). It had been left as a pointer at a
visit never told, or dated by the story's day. A clause of something else ("which ended with
eight agreements") and an event of another noun keep what they gave.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 5, 9)  # a Friday
LEAD = "HANOI, May 9 (VNA) - "


def _visits(text: str) -> list[str]:
    return [
        str(e.engagement_date)
        for e in extract_document(LEAD + text, PUB, "Hanoi").engagements
        if e.engagement_type == "visit"
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("During his three-day official visit to Vietnam, which ended on Wednesday, Malaysian Prime "
         "Minister Anwar Ibrahim held talks with Vietnamese Prime Minister Pham Minh Chinh.", "2025-05-05"),
        ("During his visit to Vietnam, which began on Monday, Malaysian Prime Minister Anwar Ibrahim held "
         "talks with Vietnamese Prime Minister Pham Minh Chinh.", "2025-05-05"),
        ("The three-day visit of Malaysian Prime Minister Anwar Ibrahim to Vietnam, which ended on "
         "Wednesday, produced eight agreements.", "2025-05-05"),
        ("The two-day state visit of Thai Prime Minister Paetongtarn Shinawatra to Vietnam, which concluded "
         "on Thursday, opened a new chapter in ties.", "2025-05-07"),
    ],
)  # fmt: skip
def test_the_visit_takes_its_days(text: str, day: str) -> None:
    assert _visits(text) == [day]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the clause tells no day of the visit
        ("Malaysian Prime Minister Anwar Ibrahim recalled his 2023 visit to Vietnam, which ended with eight "
         "agreements.", ["2025-05-09"]),
        # a forum's clause of its start, as before
        ("The Vietnam-Malaysia business forum, which opened on Wednesday, drew 300 firms from Malaysia and "
         "Vietnam.", []),
        # the visit's own day in its own clause, as before
        ("During his official visit to Vietnam on Wednesday, Malaysian Prime Minister Anwar Ibrahim held "
         "talks with Vietnamese Prime Minister Pham Minh Chinh.", ["2025-05-07"]),
    ],
)  # fmt: skip
def test_near_misses_stay_as_they_were(text: str, days: list[str]) -> None:
    assert _visits(text) == days
