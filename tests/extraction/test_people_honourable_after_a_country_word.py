"""The style "Honourable" between a country word and an office belongs to neither: written for
these tests.

"Zambia's Commerce Minister X met Malawian Honourable Minister of Trade Y": the style had been
kept in Y's title ("Honourable Minister of Trade"), and after a bare country name ("Malawi
Honourable Minister of Trade Y") read with it as an organization, "Malawi Honourable". Now,
as after a possessive ("Malawi's Honourable Minister ..." already), the style is skipped: the
title is the office, the country the word before the style. "Hon." and a style with no country
before it read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _sides(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (p.participant_type, p.name, p.title, p.country_iso3)
        for e in extract_document(text, PUB).engagements
        for p in e.participants
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Botswana's Trade Minister Tiroeaone Ntsima met Namibian Honourable Minister of Industry "
         "Selma Ashipala-Musavyi in Gaborone on Tuesday.",
         [("person", "Tiroeaone Ntsima", "Trade Minister", "BWA"),
          ("person", "Selma Ashipala-Musavyi", "Minister of Industry", "NAM")]),
        ("Botswana's Trade Minister Tiroeaone Ntsima met Namibia Honourable Minister of Industry "
         "Selma Ashipala-Musavyi in Gaborone on Tuesday.",
         [("person", "Tiroeaone Ntsima", "Trade Minister", "BWA"),
          ("person", "Selma Ashipala-Musavyi", "Minister of Industry", "NAM")]),
        ("Ghanaian Honourable Minister for Trade Elizabeth Ofosu-Adjare held talks with Togolese "
         "Trade Minister Rose Kayi Mivedor in Accra on Monday.",
         [("person", "Elizabeth Ofosu-Adjare", "Minister for Trade", "GHA"),
          ("person", "Rose Kayi Mivedor", "Trade Minister", "TGO")]),
        # near misses: after a possessive and with "Hon.", as before
        ("Botswana's Trade Minister Tiroeaone Ntsima met Namibia's Honourable Minister of Industry "
         "Selma Ashipala-Musavyi in Gaborone on Tuesday.",
         [("person", "Tiroeaone Ntsima", "Trade Minister", "BWA"),
          ("person", "Selma Ashipala-Musavyi", "Minister of Industry", "NAM")]),
        ("Botswana's Trade Minister Tiroeaone Ntsima met Namibian Hon. Minister of Industry "
         "Selma Ashipala-Musavyi in Gaborone on Tuesday.",
         [("person", "Tiroeaone Ntsima", "Trade Minister", "BWA"),
          ("person", "Selma Ashipala-Musavyi", "Minister of Industry", "NAM")]),
    ],
)  # fmt: skip
def test_honourable_after_a_country_word(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _sides(text) == expected
