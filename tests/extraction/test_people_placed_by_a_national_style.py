"""A style only one country confers places a person nothing else places, written for these tests.

"Tan Sri", "Datuk", "Datin", "Toh Puan" and "Dato' Sri" are Malaysia's (Brunei writes its "Dato"
without the apostrophe), "Pehin" Brunei's, "Samdech" and "Oknha" Cambodia's: "Tan Sri X met
Kenyan President William Ruto" is a meeting of Malaysia and Kenya. Before, X had been of no
country and the meeting, of one side, was lost. A country written with the person wins, and
courtesies many countries use ("Dr", "Haji", "Sheikh") or Brunei's "Dato Seri" place no one.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.people import find_people
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _placed(sentence: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tan Sri Azman Mokhtar met Kenyan President William Ruto.",
         [("Azman Mokhtar", "MYS"), ("William Ruto", "KEN")]),
        ("Kenyan President William Ruto received Datuk Seri Ahmad Zahid Hamidi.",
         [("William Ruto", "KEN"), ("Ahmad Zahid Hamidi", "MYS")]),
        ("Dato' Sri Amir Hamzah Azizan met Japanese Finance Minister Katsunobu Kato.",
         [("Amir Hamzah Azizan", "MYS"), ("Katsunobu Kato", "JPN")]),
        ("Finance Minister II Datuk Seri Amir Hamzah Azizan met Katsunobu Kato.",
         [("Amir Hamzah Azizan", "MYS"), ("Katsunobu Kato", None)]),
        ("Datin Paduka Rohani Karim met Thai Deputy Prime Minister Anutin Charnvirakul.",
         [("Rohani Karim", "MYS"), ("Anutin Charnvirakul", "THA")]),
        ("Oknha Chen Zhi met Laotian Prime Minister Sonexay Siphandone.",
         [("Chen Zhi", "KHM"), ("Sonexay Siphandone", "LAO")]),
    ],
)  # fmt: skip
def test_a_national_style_places_the_person(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert _placed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a country written before the person is left to the caller (below), as without a style
        ("Singaporean businessman Datuk Ong Beng Seng met Indian Minister Piyush Goyal.",
         [("Ong Beng Seng", None), ("Piyush Goyal", "IND")]),
        # courtesies of many countries, Brunei's "Dato Seri" and names that open like a style
        ("Dr. Haji Ahmad Musa met Kenyan President William Ruto.",
         [("Ahmad Musa", None), ("William Ruto", "KEN")]),
        ("Dato Seri Setia Awang Haji Erywan met Kenyan President William Ruto.",
         [("Erywan", None), ("William Ruto", "KEN")]),
        ("Tan See Leng met Sri Mulyani Indrawati.",
         [("Tan See Leng", None), ("Sri Mulyani Indrawati", None)]),
    ],
)  # fmt: skip
def test_other_styles_place_no_one(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert _placed(sentence) == expected


def test_a_meeting_with_a_styled_guest_has_both_sides() -> None:
    text = "Tan Sri Azman Mokhtar met Kenyan President William Ruto in Nairobi on Tuesday."
    (engagement,) = extract_document(text, PUB).engagements
    assert engagement.countries == ("KEN", "MYS")
    assert [(p.name, p.country_iso3) for p in engagement.participants] == [
        ("Azman Mokhtar", "MYS"),
        ("William Ruto", "KEN"),
    ]


def test_a_country_told_before_the_style_wins() -> None:
    text = "Singaporean businessman Datuk Ong Beng Seng met Indian Minister Piyush Goyal in Delhi on Tuesday."
    (engagement,) = extract_document(text, PUB).engagements
    assert engagement.countries == ("IND", "SGP")
