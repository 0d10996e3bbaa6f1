"""A surname in capitals after a styled given name, written for these tests.

Japanese and other Asian foreign ministries write a foreign guest's surname in capitals after
the given name ("H.E. Mr. Ahmed ELMI, Ambassador of Djibouti to Japan", "H.E. Dr. Vivian
BALAKRISHNAN"), as they write their own before it ("Mr. MIYAJI Takuma"). A word in capitals
had been read as an acronym, so the name was cut to the given name, and in a sentence of two
such names the titles' countries had gone to the wrong people. A word of letters in capitals,
with a vowel, after a title-case given name that a personal honorific or a title word comes
before, and before no capitalized word, now closes the name. Letters after a name ("Mr Tom
Castellan MP"), an acronym with no vowel ("KTZ"), a listed company ("SOCAR") or body of states
("NATO"), and a country read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. MIYAJI Takuma, Parliamentary Vice-Minister for Foreign Affairs, held a meeting with "
         "H.E. Mr. Ahmed ELMI, Ambassador of Djibouti to Japan, on Tuesday.",
         [("MIYAJI Takuma", "JPN"), ("Ahmed ELMI", "DJI")]),
        ("Mr. MUTO Yoji, Minister of Economy, Trade and Industry, met Mr. Tengku ZAFRUL, Malaysian "
         "Minister of Investment, Trade and Industry, in Tokyo on Tuesday.",
         [("MUTO Yoji", "JPN"), ("Tengku ZAFRUL", "MYS")]),
        ("Foreign Minister IWAYA Takeshi met H.E. Dr. Vivian BALAKRISHNAN, Minister for Foreign "
         "Affairs of Singapore, in Tokyo on Tuesday.",
         [("IWAYA Takeshi", "JPN"), ("Vivian BALAKRISHNAN", "SGP")]),
        ("H.E. Mr. Jean-Noël BARROT, Minister for Europe and Foreign Affairs of the French "
         "Republic, met Indian Minister Piyush GOYAL in Paris on Tuesday.",
         [("Jean-Noël BARROT", "FRA"), ("Piyush GOYAL", "IND")]),
        # near misses: letters after a name, acronyms, a listed company, a body of states
        ("Australian Minister Tom Castellan MP met Indonesian Foreign Minister Sugiono on Tuesday.",
         [("Tom Castellan", "AUS"), ("Sugiono", "IDN")]),
        ("Kenyan Trade Minister Ahmed KTZ met Chinese Ambassador Guo Haiyan on Tuesday.",
         [("Ahmed", "KEN"), ("Guo Haiyan", "CHN")]),
        ("Egyptian Minister Hassan NATO met Turkish Minister Omer Bolat on Tuesday.",
         [("Hassan", "EGY"), ("Omer Bolat", "TUR")]),
        ("Azerbaijani Minister Mikayil SOCAR met Georgian Minister Mariam Kvrivishvili on Tuesday.",
         [("Mikayil", "AZE"), ("Mariam Kvrivishvili", "GEO")]),
    ],
)  # fmt: skip
def test_surname_in_capitals(text: str, expected: list[tuple[str, str | None]]) -> None:
    (event,) = extract_document(text, PUB).engagements
    assert [
        (p.name, p.country_iso3) for p in event.participants if p.participant_type == "person"
    ] == expected


def test_the_guest_is_named_in_full() -> None:
    text = "Foreign Minister Penny WONG met Indonesian Foreign Minister Sugiono in Jakarta on Tuesday."
    (event,) = extract_document(text, PUB).engagements
    assert [p.name for p in event.participants] == ["Penny WONG", "Sugiono"]
