"""A guest named by "the visiting dignitary", "the guest", "the visitor" is the story's guest
(written for these tests).

"Later in the day, Minister of State X called on the visiting dignitary." after talks in New
Delhi with the Philippines' Secretary of Foreign Affairs is a meeting of X with her: the guest
is the participant told before who is of no country a visit went to (else of the first event's
city, else of the dateline). Before, the sentence gave nothing; and "called on the visiting
minister", whose known ministers were all the hosts', took the host minister (the guest's office
was called "Secretary"). "the chief guest", "the guest house", "the guest of honour" and a story
with no host country known name no guest.
"""

from __future__ import annotations

from datetime import date
from typing import Final

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 10)

_LEAD = (
    "External Affairs Minister Arjun Mehta held talks with the Secretary of Foreign Affairs of the "
    "Philippines, Maria Santos, in New Delhi today. The two ministers reviewed cooperation in trade "
    "and maritime security. "
)

#: The lead's talks, as every story with it gives them.
_TALKS: Final = (("IND", "PHL"), ("Arjun Mehta", "Maria Santos"))


def _meetings(text: str, dateline: str | None) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.countries, tuple(sorted(p.name for p in e.participants)))
        for e in extract_document(text, PUB, dateline).engagements
        if e.engagement_type == "meeting"
    ]


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        (_LEAD + "Later in the day, Minister of State for Commerce Shri Rohan Verma called on the "
         "visiting dignitary.", "New Delhi",
         [_TALKS, (("IND", "PHL"), ("Maria Santos", "Rohan Verma"))]),
        (_LEAD + "The visiting dignitary also called on Minister of State for Commerce Shri Rohan Verma.",
         "New Delhi",
         [_TALKS, (("IND", "PHL"), ("Maria Santos", "Rohan Verma"))]),
        (_LEAD + "Later in the day, Minister of State for Commerce Shri Rohan Verma called on the "
         "visiting minister.", "New Delhi",
         [_TALKS, (("IND", "PHL"), ("Maria Santos", "Rohan Verma"))]),
        ("Bhutanese Foreign Minister Karma Dorji held talks with Bangladesh Foreign Adviser Touhid Alam "
         "at the state guest house Padma on Tuesday. Commerce Adviser Bashir Uddin later called on the "
         "guest.", "Dhaka",
         [(("BGD", "BTN"), ("Karma Dorji", "Touhid Alam")),
          (("BGD", "BTN"), ("Bashir Uddin", "Karma Dorji"))]),
        ("Fiji's Prime Minister Josefa Tora met Australian Foreign Minister Helen Grant in Suva on "
         "Tuesday. The distinguished visitor also paid a courtesy call on President Ratu Epeli Naivalu.",
         "Suva",
         [(("AUS", "FJI"), ("Helen Grant", "Josefa Tora")),
          (("AUS", "FJI"), ("Helen Grant", "Ratu Epeli Naivalu"))]),
        # near misses: no guest named
        (_LEAD + "Commerce Minister Vikram Rao was the chief guest at the event.", "New Delhi",
         [_TALKS]),
        ("Bhutanese Foreign Minister Karma Dorji held talks with Bangladesh Foreign Adviser Touhid Alam "
         "on Tuesday. The two later had lunch at the guest house.", "Dhaka",
         [(("BGD", "BTN"), ("Karma Dorji", "Touhid Alam"))]),
    ],
)  # fmt: skip
def test_visiting_dignitary_is_the_guest(
    text: str, dateline: str | None, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _meetings(text, dateline) == expected
