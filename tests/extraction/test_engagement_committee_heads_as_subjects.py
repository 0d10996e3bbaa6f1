"""The head of a committee, titled with the committee's name and its brief before his own name
("Chairman Senate Standing Committee on Commerce X Y met ..."), is the subject of the verb: the
committee did not sit. Invented wording with near misses where a committee does sit.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.model import Engagement
from orchestration.extraction.pipeline import extract_document

TUE = date(2024, 3, 19)  # a Tuesday: "on Monday" is March 18


def summary(e: Engagement) -> tuple:
    day = str(e.engagement_date) if e.engagement_date else None
    people = sorted(p.name for p in e.participants if p.participant_type == "person")
    return (e.engagement_type, day, e.countries, people)


def extract(text: str, dateline: str) -> list[tuple]:
    return [summary(e) for e in extract_document(text, TUE, dateline).engagements]


HEADS_OF_COMMITTEES = [
    (
        "Chairman Senate Standing Committee on Commerce Anwar Lal met the Ambassador of Italy "
        "Marco Rossi on Monday.",
        "Islamabad",
        [("meeting", "2024-03-18", ("ITA", "PAK"), ["Anwar Lal", "Marco Rossi"])],
    ),
    (
        "Chairperson National Assembly Standing Committee on Water Resources Nadia Khan met the "
        "High Commissioner of Canada Leslie Scanlon on Monday.",
        "Islamabad",
        [("meeting", "2024-03-18", ("CAN", "PAK"), ["Leslie Scanlon", "Nadia Khan"])],
    ),
]


@pytest.mark.parametrize(("text", "dateline", "expected"), HEADS_OF_COMMITTEES)
def test_a_committees_head_named_before_the_verb_is_its_subject(
    text: str, dateline: str, expected: list
) -> None:
    assert extract(text, dateline) == expected


NEAR_MISSES = [
    # the committee itself sits: its name ends right before the verb
    (
        "The Bhutan-Nepal Joint Committee on Hydropower met in Thimphu on Monday.",
        "Thimphu",
        [("forum", "2024-03-18", ("BTN", "NPL"), [])],
    ),
]


@pytest.mark.parametrize(("text", "dateline", "expected"), NEAR_MISSES)
def test_near_misses_stay_as_before(text: str, dateline: str, expected: list) -> None:
    assert extract(text, dateline) == expected
