"""A business body whose name is made of title words, after its country's possessive:
written for these tests.

"Cambodia's Chamber of Commerce signed an MoU with Vietnam's VCCI": every word of "Chamber of
Commerce" is also a word of titles ("Minister of Commerce"), so the name had been taken for
a courtesy's ("Royal Highness") and the chamber dropped from the signing. An association
word with a word of business or investment, after a country's possessive, is a body's name
("Sri Lanka's Board of Investment"). A house of parliament ("Italy's Chamber of Deputies"), a
cabinet ("Council of Ministers") and a ministry read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _orgs(text: str) -> list[tuple[tuple[str, ...], tuple[tuple[str, str | None], ...]]]:
    return [
        (
            e.countries,
            tuple((p.name, p.country_iso3) for p in e.participants if p.participant_type == "organization"),
        )
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cambodia's Chamber of Commerce signed an MoU with Vietnam's VCCI in Hanoi on Tuesday.",
         [(("KHM", "VNM"), (("Chamber of Commerce", "KHM"), ("VCCI", "VNM")))]),
        ("Egypt's Federation of Industries signed an MoU with Tunisia's Union of Industry in Cairo "
         "on Tuesday.",
         [(("EGY", "TUN"), (("Federation of Industries", "EGY"), ("Union of Industry", "TUN")))]),
        ("Sri Lanka's Board of Investment signed an MoU with India's Adani Group in Colombo on "
         "Monday.",
         [(("IND", "LKA"), (("Board of Investment", "LKA"), ("Adani Group", "IND")))]),
        # near misses: a house of parliament, a cabinet, a ministry
        ("Italy's Chamber of Deputies hosted Kenyan Speaker Moses Wetangula in Rome on Tuesday.",
         [(("ITA", "KEN"), ())]),
        ("Japan's Prime Minister met Kenya's Council of Ministers on Tuesday.",
         [(("JPN", "KEN"), ())]),
        ("Cambodia's Ministry of Commerce signed an MoU with Vietnam's VCCI in Hanoi on Tuesday.",
         [(("KHM", "VNM"), (("VCCI", "VNM"),))]),
    ],
)  # fmt: skip
def test_business_body_of_title_words(
    text: str, expected: list[tuple[tuple[str, ...], tuple[tuple[str, str | None], ...]]]
) -> None:
    assert _orgs(text) == expected
