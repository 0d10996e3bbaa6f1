"""Names listed after one country's plural noun of people, written for these tests.

"Zambian Trade Minister X met Vietnamese investors Nguyen Van Long and Tran Thi Mai" gave the
first investor Vietnam (the demonym was next to him) and the second the host's country: every
name the plural noun lists is of the country before it, untitled for a noun of no office
("investors", "businessmen", "business leaders"), and titled for an office ("US senators X and
Y"); of two countries before it each name takes its own in order, as for plural titles. A
courtesy style before a listed name ("and Tan Sri Y", "and Dr. Y") no longer ends the list.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.people import find_people
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _people(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister met Vietnamese investors Nguyen Van Long and Tran Thi Mai on Friday.",
         [("Nguyen Van Long", None, "VNM"), ("Tran Thi Mai", None, "VNM")]),
        ("The minister met Turkish business leaders Ayse Demir, Mehmet Kaya and Elif Sahin.",
         [("Ayse Demir", None, "TUR"), ("Mehmet Kaya", None, "TUR"), ("Elif Sahin", None, "TUR")]),
        ("The minister met Malaysian businessmen Lim Boon Hock and Tan Sri Rahim Osman.",
         [("Lim Boon Hock", None, "MYS"), ("Rahim Osman", None, "MYS")]),
        ("The minister met Ghanaian industrialists Kofi Mensah and Dr. Ama Owusu.",
         [("Kofi Mensah", None, "GHA"), ("Ama Owusu", None, "GHA")]),
        ("The minister met Chilean and Peruvian investors Andres Castillo and Jorge Salinas on Friday.",
         [("Andres Castillo", None, "CHL"), ("Jorge Salinas", None, "PER")]),
        ("The minister met Canadian senators Claire Dubois and Mark Peters.",
         [("Claire Dubois", "senator", "CAN"), ("Mark Peters", "senator", "CAN")]),
        # as before: no country before the noun, and a name after its own demonym and noun
        ("The minister met investors Nguyen Van Long and Tran Thi Mai on Friday.",
         [("Nguyen Van Long", None, None), ("Tran Thi Mai", None, None)]),
        ("The minister met Vietnamese investors Nguyen Van Long and Peruvian banker Jorge Salinas.",
         [("Nguyen Van Long", None, "VNM"), ("Jorge Salinas", None, None)]),
    ],
)  # fmt: skip
def test_each_listed_name_is_of_the_country(sentence: str, expected: list[tuple]) -> None:
    assert _people(sentence) == expected


def test_the_second_investor_keeps_his_country_in_an_engagement() -> None:
    text = (
        "LUSAKA, March 3 (Reuters) - Zambian Trade Minister Chipoka Mulenga met Vietnamese investors "
        "Nguyen Van Long and Tran Thi Mai in Lusaka on Monday."
    )
    (event,) = extract_document(text, PUB).engagements
    countries = {p.name: p.country_iso3 for p in event.participants}
    assert countries == {"Chipoka Mulenga": "ZMB", "Nguyen Van Long": "VNM", "Tran Thi Mai": "VNM"}
