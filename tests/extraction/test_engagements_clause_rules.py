"""Engagement grammar rules, each tested on phrasings invented for it (other countries,
names and wording than any document they were noticed in).

Rules covered: a date written after one event's verb and before the next event's word is
the first event's date ("arrived on Monday and was received on Tuesday").
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.engagements import extract_engagements
from orchestration.extraction.model import Engagement
from orchestration.extraction.text import clean_body, split_sentences

THU = date(2024, 5, 16)  # a Thursday: "on Monday" is May 13, "on Tuesday" May 14


def extract(text: str, published: date = THU, dateline: str | None = None) -> list[Engagement]:
    text = clean_body(text)
    return extract_engagements(text, split_sentences(text), published, dateline)


def kinds_and_days(text: str, dateline: str | None = None) -> list[tuple[str, str | None]]:
    return [
        (e.engagement_type, str(e.engagement_date) if e.engagement_date else None)
        for e in extract(text, dateline=dateline)
    ]


# ---------------------------------------------------------------------------------------
# a date between two events' words belongs to the first

COORDINATED_DAYS = [
    (
        "Kenyan President William Ruto arrived in Jakarta on Monday evening and was received at the "
        "Merdeka Palace on Tuesday by Indonesian President Joko Widodo, with whom he discussed coffee "
        "exports and geothermal power.",
        [("visit", "2024-05-13"), ("meeting", "2024-05-14")],
    ),
    (
        "Chilean Foreign Minister Alberto Reyes arrived in Canberra on Monday morning and was received at "
        "Parliament House on Tuesday afternoon by Australian Foreign Minister Penny Wong.",
        [("visit", "2024-05-13"), ("meeting", "2024-05-14")],
    ),
    (
        "On Monday, Ghanaian President Nana Akufo-Addo arrived in Lisbon and held talks with "
        "Portuguese Prime Minister Luis Montenegro.",
        [("visit", "2024-05-13"), ("meeting", "2024-05-13")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_DAYS)
def test_a_date_after_one_verb_is_not_the_next_ones(text: str, expected: list[tuple]) -> None:
    assert sorted(kinds_and_days(text)) == sorted(expected)
