"""A region's adjective before a president's or leader's title makes the region's country.

Copy names regional heads by the adjective of their region: "Catalan President X", "Flemish
Minister-President Y", "Andalusian regional president Z", "the Chechen leader". The adjective was
known to no list, so the title parser read "Catalan" as the body the president heads (an
organization "Catalan", and no Spanish side: a meeting abroad came out one-sided and was lost).
`countries._REGION_ADJECTIVES` lists the adjectives that are no region name plus "n"/"ian"
(Catalan, Flemish, Walloon, Basque, Tyrolean, Chechen ...), and `_with_region_adjectives` reads
one, or a word in "an" whose stem is a region ("Sardinian", "Andalusian"), right before a
president's, prime or first minister's or leader's title, which the region-head rule left out as
too common after a place name. A country's adjective, a region's name and a party's adjective
("Republican leader") stay as they were.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday
WED = date(2025, 3, 5)

Side = tuple[str, str | None]


def _meetings(text: str) -> list[tuple[tuple[str, ...], list[Side], list[str]]]:
    return [
        (
            e.countries,
            [(p.name, p.country_iso3) for p in e.participants if p.participant_type == "person"],
            [p.name for p in e.participants if p.participant_type == "organization"],
        )
        for e in extract_document(text, PUB).engagements
        if e.engagement_type == "meeting" and e.engagement_date == WED
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Catalan President Jordi Puigvert met Moroccan Prime Minister Aziz Akhannouch in Rabat "
         "on Wednesday to discuss port links.",
         [(("ESP", "MAR"), [("Jordi Puigvert", "ESP"), ("Aziz Akhannouch", "MAR")], [])]),
        ("Flemish Minister-President Wouter Claes held talks with Vietnamese Deputy Prime Minister "
         "Tran Hong Ha in Hanoi on Wednesday.",
         [(("BEL", "VNM"), [("Wouter Claes", "BEL"), ("Tran Hong Ha", "VNM")], [])]),
        ("Andalusian regional president Lucia Marquez met Mexican Economy Secretary Marcelo Ebrard "
         "in Mexico City on Wednesday.",
         [(("ESP", "MEX"), [("Lucia Marquez", "ESP"), ("Marcelo Ebrard", "MEX")], [])]),
        ("Chechen leader Ruslan Dadaev met Emirati Minister of State Khalifa Shaheen Al Marar "
         "in Abu Dhabi on Wednesday.",
         [(("ARE", "RUS"), [("Ruslan Dadaev", "RUS"), ("Khalifa Shaheen Al Marar", "ARE")], [])]),
        ("Jordi Puigvert, the Catalan president, met Senegalese Prime Minister Ousmane Sonko in "
         "Dakar on Wednesday.",
         [(("ESP", "SEN"), [("Jordi Puigvert", "ESP"), ("Ousmane Sonko", "SEN")], [])]),
    ],
)  # fmt: skip
def test_a_regional_adjective_before_a_leaders_title_is_of_its_country(
    text: str, expected: list[tuple[tuple[str, ...], list[Side], list[str]]]
) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's adjective: as before
        ("Kenyan President William Ruto met Moroccan Prime Minister Aziz Akhannouch in Rabat on "
         "Wednesday.",
         [(("KEN", "MAR"), [("William Ruto", "KEN"), ("Aziz Akhannouch", "MAR")], [])]),
        # the region's name: as before
        ("Catalonia President Jordi Puigvert met Moroccan Prime Minister Aziz Akhannouch in Rabat "
         "on Wednesday.",
         [(("ESP", "MAR"), [("Jordi Puigvert", "ESP"), ("Aziz Akhannouch", "MAR")], [])]),
    ],
)  # fmt: skip
def test_other_words_before_a_title_stay_as_they_were(
    text: str, expected: list[tuple[tuple[str, ...], list[Side], list[str]]]
) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # adjectives in "an" that are no region's: no country from them
        ("Lutheran leader Anna Berg met Pope Leo in Rome on Wednesday.", [("ITA", "VAT")]),
        ("Republican leader John Thune met Israeli Prime Minister Benjamin Netanyahu in "
         "Washington on Wednesday.", [("ISR", "USA")]),
    ],
)  # fmt: skip
def test_an_adjective_of_no_region_makes_no_side(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [countries for countries, _, _ in _meetings(text)] == expected
