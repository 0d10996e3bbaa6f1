"""Arab family names told by an origin, written for these tests.

Gulf names often end in a family name made of the article and a demonym ("Al-Kuwaiti",
"Al Qatari", "Al-Emirati"). The demonym had been read as a country of the story, adding
Kuwait or Qatar as a side, and the name was cut before it ("Mohamed bin Abdullah") or lost.
After a name word and its article, the demonym is the person's family name.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.countries import find_countries
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _sides_and_people(text: str, dateline: str) -> list[tuple[tuple[str, ...], list[tuple[str, str | None]]]]:
    return [
        (
            e.countries,
            [(p.name, p.country_iso3) for p in e.participants if p.participant_type == "person"],
        )
        for e in extract_document(text, PUB, dateline).engagements
    ]


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        ("THE HAGUE, March 3 - Dutch Trade Minister Anke de Vries met Hamad bin Rashid Al-Kuwaiti of the "
         "United Arab Emirates in The Hague on Monday.", "The Hague",
         [(("ARE", "NLD"), [("Anke de Vries", "NLD"), ("Hamad bin Rashid Al-Kuwaiti", "ARE")])]),
        ("ABU DHABI, March 3 - Minister of State for Foreign Trade Saeed Al Mansoori met Yousef Al-Qatari, "
         "the Saudi deputy minister of commerce, in Abu Dhabi on Monday.", "Abu Dhabi",
         [(("ARE", "SAU"), [("Saeed Al Mansoori", "ARE"), ("Yousef Al-Qatari", "SAU")])]),
        ("RIYADH, March 3 - Saudi Commerce Minister Fahad Al Otaibi met Nasser Al Kuwaiti, the Bahraini "
         "trade undersecretary, in Riyadh on Monday.", "Riyadh",
         [(("BHR", "SAU"), [("Fahad Al Otaibi", "SAU"), ("Nasser Al Kuwaiti", "BHR")])]),
    ],
)  # fmt: skip
def test_family_name_of_origin_is_no_side(
    text: str, dateline: str, expected: list[tuple[tuple[str, ...], list[tuple[str, str | None]]]]
) -> None:
    assert _sides_and_people(text, dateline) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khalid Al-Emirati met the envoy.", []),
        # near misses: a demonym after a lone article, or opening a phrase, is still a country
        ("The minister met the Al Emirati delegation.", ["ARE"]),
        ("Kuwaiti Foreign Minister Abdullah Al-Yahya met the envoy.", ["KWT"]),
    ],
)  # fmt: skip
def test_countries_named(text: str, expected: list[str]) -> None:
    assert [m.iso3 for m in find_countries(text)] == expected
