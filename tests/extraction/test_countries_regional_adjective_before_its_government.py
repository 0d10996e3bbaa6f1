"""A region's adjective before "government" makes the region's country, as before a leader's title.

"Jordi Puigvert, president of the Catalan government, met ..." and "The Flemish government signed
... with Morocco" name a regional government by its adjective; `_with_region_adjectives` read the
adjective before a president's or leader's title only, so the Spanish or Belgian side was lost.
It now reads it before "government" too. It also reads only the adjective's region now: a word in
"an" that is itself the name of a region ("Balkan", a Turkmen province's ISO name) is no
adjective, and "Balkan leader" makes no Turkmen side. A word in "an" of no region ("Taliban
government") still makes none.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.countries import find_countries
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday
WED = date(2025, 3, 5)


def _events(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.countries)
        for e in extract_document(text, PUB).engagements
        if e.engagement_date == WED
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordi Puigvert, president of the Catalan government, met Moroccan Prime Minister Aziz "
         "Akhannouch in Rabat on Wednesday.",
         [("meeting", ("ESP", "MAR"))]),
        ("The Flemish government signed a port cooperation agreement with Morocco in Rabat on "
         "Wednesday.",
         [("agreement", ("BEL", "MAR"))]),
        ("A minister of the Bavarian government, Anna Vogt, met Indian Commerce Minister Piyush "
         "Goyal in New Delhi on Wednesday.",
         [("meeting", ("DEU", "IND"))]),
    ],
)  # fmt: skip
def test_a_regional_adjective_before_government_is_of_its_country(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word in "an" of no region
        ("Taliban government officials met Uzbek Foreign Minister Bakhtiyor Saidov in Termez on "
         "Wednesday.", []),
        # a country's adjective: as before
        ("The Kenyan government signed a port cooperation agreement with Morocco in Rabat on "
         "Wednesday.", [("agreement", ("KEN", "MAR"))]),
    ],
)  # fmt: skip
def test_other_words_before_government_stay_as_they_were(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Balkan leader Dragan Kovac spoke on Wednesday.", []),  # a region's own name in "an"
        ("Balkan government bonds fell on Wednesday.", []),
        ("Catalan leader Jordi Puigvert spoke on Wednesday.", [("Catalan", "ESP")]),
        ("The Sardinian government spoke on Wednesday.", [("Sardinian", "ITA")]),
    ],
)
def test_only_an_adjective_of_a_region_is_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.iso3) for m in find_countries(text)] == expected
