"""A political party named in its own language is an organization, not a person: written for
these tests.

"President X received a delegation of Tanzania's Chama Cha Mapinduzi in Lusaka": the party's
name had been read as a person's, for none of its words was an organization's; so had "Partido
...", "Parti ...", "Partai ..." and "Frente ...". These words ("party", "front" in Swahili,
Spanish and Portuguese, French and Malay, Indonesian) now open a body's name as "Banco" and
"Société" do, and Swahili "cha" ("of") joins its words as "de" does. A person's name and an
English party's name read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _sides(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (p.participant_type, p.name, p.country_iso3)
        for e in extract_document(text, PUB).engagements
        for p in e.participants
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mozambican President Daniel Chapo received a delegation of Tanzania's Chama Cha "
         "Mapinduzi in Maputo on Monday.",
         [("person", "Daniel Chapo", "MOZ"), ("organization", "Chama Cha Mapinduzi", "TZA")]),
        ("Peruvian President Dina Boluarte received a delegation of Bolivia's Partido Socialista "
         "in Lima on Tuesday.",
         [("person", "Dina Boluarte", "PER"), ("organization", "Partido Socialista", "BOL")]),
        ("Senegal's Parti Socialiste held talks with Mali's Parti Africain in Bamako on Monday.",
         [("organization", "Parti Socialiste", "SEN"), ("organization", "Parti Africain", "MLI")]),
        ("Thai Prime Minister Paetongtarn Shinawatra received a delegation of Indonesia's Partai "
         "Demokrat in Bangkok on Monday.",
         [("person", "Paetongtarn Shinawatra", "THA"), ("organization", "Partai Demokrat", "IDN")]),
        # near misses: a person after the same words, and a party named in English
        ("Mozambican President Daniel Chapo received Tanzania's Vice President Philip Mpango in "
         "Maputo on Monday.",
         [("person", "Daniel Chapo", "MOZ"), ("person", "Philip Mpango", "TZA")]),
        ("Mozambican President Daniel Chapo received a delegation of the Communist Party of China "
         "in Maputo on Monday.",
         [("person", "Daniel Chapo", "MOZ"), ("organization", "Communist Party of China", "CHN")]),
    ],
)  # fmt: skip
def test_party_named_in_its_own_language(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _sides(text) == expected
