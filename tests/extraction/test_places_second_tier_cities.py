"""Second-tier cities, ports and regions of the gazetteer, written for these tests.

News datelines and venues are often a country's second city or a port (Leipzig, Owerri,
Campinas, Urgench, Gyeongju), and the city is then often the only word that tells a side's
country ("Leipzig Mayor X received the Chinese Ambassador"). cities.tsv now holds them for the
countries it covered thinly. Words it leaves out stay no place: a given name or a surname
(Adama, Bari, Téte), a newspaper ("Daily Sabah"), a corridor named after a port (Lobito).
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _place_and_sides(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(e.location, e.countries) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city is the only cue of one side's country
        # (and the mayor who received the envoy did so in his city)
        ("Leipzig Mayor Burkhard Jung received Chinese Ambassador Deng Hongbo on Tuesday.",
         [("Leipzig", ("CHN", "DEU"))]),
        ("Chinese Ambassador Wang Lin met Governor Chima Nwosu in Owerri on Monday.",
         [("Owerri", ("CHN", "NGA"))]),
        ("Indian Ambassador Rajesh Kumar met Mayor Ana Souza in Campinas on Monday.",
         [("Campinas", ("BRA", "IND"))]),
        ("Governor Hassan Joho received the Indian High Commissioner Adarsh Swaika in Lamu on "
         "Friday.", [("Lamu", ("IND", "KEN"))]),
        # the city is where the sides met
        ("Dresden Mayor Dirk Hilbert met Vietnamese Ambassador Vu Quang Minh in Dresden on Monday.",
         [("Dresden", ("DEU", "VNM"))]),
        ("Kazakh Foreign Minister Murat Nurtleu met his Uzbek counterpart Bakhtiyor Saidov in "
         "Urgench on Monday.", [("Urgench", ("KAZ", "UZB"))]),
        ("South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in "
         "Gyeongju on Monday.", [("Gyeongju", ("JPN", "KOR"))]),
        ("The Polish minister Adam Nowak met Ukrainian Deputy Minister Taras Kachka in Gdynia on "
         "Monday.", [("Gdynia", ("POL", "UKR"))]),
        ("Mexican Economy Minister Marcelo Ebrard met US Commerce Secretary Howard Lutnick in "
         "Puebla on Monday.", [("Puebla", ("MEX", "USA"))]),
        # a city of two words whose first is a country's name or adjective stays the city
        ("Nigerian Trade Minister Jumoke Oduwole met Chinese Ambassador Yu Dunhai in Benin City on "
         "Monday.", [("Benin City", ("CHN", "NGA"))]),
        ("Vietnamese Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay Siphandone in Lao "
         "Cai on Monday.", [("Lao Cai", ("LAO", "VNM"))]),
    ],
)  # fmt: skip
def test_second_tier_city_names_place_and_country(
    text: str, expected: list[tuple[str | None, tuple[str, ...]]]
) -> None:
    assert _place_and_sides(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gambian President Adama Barrow met Chinese Ambassador Liu Jin on Monday.",
         [(None, ("CHN", "GMB"))]),
        ("Pakistani Foreign Minister Ishaq Dar met Abdul Bari, the Afghan envoy, on Monday.",
         [(None, ("AFG", "PAK"))]),
        ("Angolan Foreign Minister Téte António met Chinese Ambassador Zhang Bin on Monday.",
         [(None, ("AGO", "CHN"))]),
        ("Turkish Trade Minister Omer Bolat met Iraqi Trade Minister Atheer al-Ghurairi in Ankara on "
         "Monday, Daily Sabah reported.", [("Ankara", ("IRQ", "TUR"))]),
        ("Angolan Trade Minister Rui Miguens received Portuguese Secretary of State Ana Dias in "
         "Luanda on Thursday to discuss the Lobito Corridor.", [("Luanda", ("AGO", "PRT"))]),
    ],
)  # fmt: skip
def test_names_left_out_stay_no_place(text: str, expected: list[tuple[str | None, tuple[str, ...]]]) -> None:
    assert _place_and_sides(text) == expected
