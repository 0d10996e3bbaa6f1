"""A role in lower case after "the", joined by "and" to an office in capitals before a name,
written for these tests.

"... was received by the prime minister and Federal Minister for Commerce Jam Kamal Khan" names
two people: the prime minister the story has named, and the commerce minister. The two had
been made one compound title of Jam Kamal Khan's ("prime minister and Federal Minister for
Commerce"). The compound now stops at "and" when its first part is a role in lower case after
"the" and the part after "and" opens in capitals (not an acronym). Copy that gives one holder
two offices writes both alike, and reads as before: "the president and chief executive X",
"the Prime Minister and Minister of Foreign Affairs X", "president and CEO X".
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 5)  # a Wednesday


def _titles(text: str) -> dict[str, str | None]:
    return {
        p.name: p.title
        for e in extract_document(text, PUB).engagements
        for p in e.participants
        if p.participant_type == "person"
    }


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Kenyan President William Ruto met Ugandan President Yoweri Museveni on Tuesday. The "
         "meeting was attended by the president and Trade Cabinet Secretary Lee Kinyanjui.",
         "Lee Kinyanjui", "Trade Cabinet Secretary"),
        ("Turkmen President Serdar Berdimuhamedov, who arrived in Islamabad on Tuesday, was "
         "received by the prime minister and Federal Minister for Commerce Jam Kamal Khan.",
         "Jam Kamal Khan", "Federal Minister for Commerce"),
        ("Ghanaian President John Mahama held talks with Togolese President Faure Gnassingbe in "
         "Accra on Tuesday, joined by the vice president and Foreign Minister Samuel Okudzeto "
         "Ablakwa.",
         "Samuel Okudzeto Ablakwa", "Foreign Minister"),
    ],
)  # fmt: skip
def test_the_capitalised_office_alone_is_the_named_persons(text: str, name: str, title: str) -> None:
    assert _titles(text).get(name) == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Bahraini Prime Minister and Minister of Finance Sheikh Khalid bin Ahmed Al-Khalifa met "
         "Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday.",
         "Khalid bin Ahmed Al-Khalifa", "Prime Minister and Minister of Finance"),
        ("Uzbek President Shavkat Mirziyoyev received the president and chief executive of Siemens "
         "Energy, Christian Bruch, in Tashkent on Tuesday.",
         "Christian Bruch", "president and chief executive"),
    ],
)  # fmt: skip
def test_one_holders_two_offices_stay_one_title(text: str, name: str, title: str) -> None:
    assert _titles(text).get(name) == title
