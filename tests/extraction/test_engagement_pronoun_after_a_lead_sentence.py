""" "He" after a sentence that holds only a lead word ("X will lead a delegation to Kenya next
week. On Monday, he met Y ...") is that sentence's subject: the sentence is no event of its own,
but it names who the next one's pronoun is. Invented wording with near misses.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.model import Engagement
from orchestration.extraction.pipeline import extract_document

SAT = date(2024, 3, 23)  # a Saturday


def summary(e: Engagement) -> tuple:
    day = str(e.engagement_date) if e.engagement_date else None
    people = sorted(p.name for p in e.participants if p.participant_type == "person")
    return (e.engagement_type, day, e.countries, people)


def extract(text: str, dateline: str) -> list[tuple]:
    return [summary(e) for e in extract_document(text, SAT, dateline).engagements]


PRONOUN_AFTER_A_LEAD = [
    (
        "Deputy President Thandi Mokoena will lead a delegation to Zambia next week. On Monday, she "
        "met Zambian Vice President Grace Banda in Durban to discuss energy.",
        "Pretoria",
        [("meeting", "2024-03-18", ("ZAF", "ZMB"), ["Grace Banda", "Thandi Mokoena"])],
    ),
    (
        "Foreign Minister Jonas Lind is due to head a delegation to Chile in April. On Tuesday, he "
        "held talks with Chilean Ambassador Rosa Vidal in Oslo.",
        "Oslo",
        [("meeting", "2024-03-19", ("CHL", "NOR"), ["Jonas Lind", "Rosa Vidal"])],
    ),
]


@pytest.mark.parametrize(("text", "dateline", "expected"), PRONOUN_AFTER_A_LEAD)
def test_a_pronoun_after_a_lead_sentence_is_its_subject(text: str, dateline: str, expected: list) -> None:
    assert extract(text, dateline) == expected


NEAR_MISSES = [
    # the trigger sentence names its own subject: the lead sentence's adds nobody
    (
        "Deputy President Thandi Mokoena will lead a delegation to Zambia next week. On Monday, "
        "Trade Minister Sipho Dube met Zambian Vice President Grace Banda in Durban.",
        "Pretoria",
        [("meeting", "2024-03-18", ("ZAF", "ZMB"), ["Grace Banda", "Sipho Dube"])],
    ),
    # a planned meeting after the lead sentence stays no engagement
    (
        "Deputy President Thandi Mokoena will lead a delegation to Zambia next week. She will meet "
        "Zambian Vice President Grace Banda in Lusaka.",
        "Pretoria",
        [],
    ),
]


@pytest.mark.parametrize(("text", "dateline", "expected"), NEAR_MISSES)
def test_near_misses_stay_as_before(text: str, dateline: str, expected: list) -> None:
    assert extract(text, dateline) == expected
