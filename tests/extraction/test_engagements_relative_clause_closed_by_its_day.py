"""A relative clause that ends on its day, before a capitalized word, written for these tests.

"Ugandan President X, who arrived on Wednesday, Tanzanian President Y and Kenyan President Z met
in Nairobi on Thursday": a list of names ends on no weekday or month, so the comma after "on
Wednesday" (or "on 6 May") closes the relative clause and the capitalized words after it open
what goes on (the relative clause had read "Tanzanian President Y" as one more entry of its own,
so Y's country became a side of X's arrival). A list of days ("on Monday, Tuesday and
Wednesday") and a relative clause ending on a name read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 5, 9)  # a Friday


def _visits(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (str(e.engagement_date), e.countries, tuple(p.name for p in e.participants))
        for e in extract_document(text, PUB, "Nairobi").engagements
        if e.engagement_type == "visit"
    ]


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        ("NAIROBI, May 9 (KNA) - Ugandan President Yoweri Museveni, who arrived on Wednesday, Tanzanian "
         "President Samia Suluhu Hassan and Kenyan President William Ruto met in Nairobi on Thursday.",
         ("2025-05-07", ("KEN", "UGA"), ("Yoweri Museveni",))),
        ("NAIROBI, May 9 (KNA) - Rwandan President Paul Kagame, who landed in Nairobi on 7 May, Burundian "
         "President Evariste Ndayishimiye and Kenyan President William Ruto held a summit on Thursday.",
         ("2025-05-07", ("KEN", "RWA"), ("Paul Kagame",))),
    ],
)  # fmt: skip
def test_the_arrival_is_the_relative_clauses_own(text: str, visit: tuple) -> None:
    assert _visits(text) == [visit]


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        # a list of days goes on inside the clause
        ("NAIROBI, May 9 (KNA) - Kenyan trade officials, who visited Kampala on Monday, Tuesday and "
         "Wednesday, met Ugandan Trade Minister Francis Mwebesa on Thursday.", []),
        # the clause ends on a name: the list reading stands, as before
        ("NAIROBI, May 9 (KNA) - Ethiopian Prime Minister Abiy Ahmed, who landed in Nairobi, Kenyan "
         "President William Ruto said on Thursday, held talks on the Lamu corridor.",
         [("2025-05-08", ("ETH", "KEN"), ("Abiy Ahmed",))]),
    ],
)  # fmt: skip
def test_near_misses_stay_as_they_were(text: str, visits: list[tuple]) -> None:
    assert _visits(text) == visits
