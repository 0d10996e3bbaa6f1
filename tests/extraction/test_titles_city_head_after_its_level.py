"""The head of a city's government named with its level, written for these tests.

Japanese and Chinese copy write "Tokyo Metropolitan Governor X" and "Shanghai Municipal Mayor
Y". The level word kept the city, which the gazetteer knows, from telling the country, as it
does alone before the head ("Almaty Mayor X"): the official had no country, and the meeting
abroad was lost. The city tells the country, and the office keeps its city and level as
written, as "Lagos State Governor" does.
"""

from __future__ import annotations

from datetime import date

import pytest
from support import people_met

from orchestration.extraction.titles import find_titles

PUB = date(2025, 3, 4)  # a Tuesday


def _people(text: str, dateline: str) -> list[tuple[str, str | None, str | None]]:
    return people_met(text, PUB, dateline)


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        ("PARIS, March 3 - Tokyo Metropolitan Governor Keiko Tanaka met French Foreign Minister Luc "
         "Martin in Paris on Monday.", "Paris",
         [("Keiko Tanaka", "Tokyo Metropolitan Governor", "JPN"), ("Luc Martin", "Foreign Minister", "FRA")]),
        ("PARIS, March 3 - Shanghai Municipal Mayor Zhou Wen met French Foreign Minister Luc Martin in "
         "Paris on Monday.", "Paris",
         [("Zhou Wen", "Shanghai Municipal Mayor", "CHN"), ("Luc Martin", "Foreign Minister", "FRA")]),
    ],
)  # fmt: skip
def test_city_with_its_level_tells_the_country(
    text: str, dateline: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text, dateline) == expected


@pytest.mark.parametrize(
    ("text", "title", "country"),
    [
        ("Osaka Prefectural Governor Ken Mori met the envoy.", "Osaka Prefectural Governor", "JPN"),
        # near misses: a city alone before the head, and a province the gazetteer does not know
        ("Almaty Mayor Serik Zhaksybekov met the envoy.", "Mayor", "KAZ"),
        ("Punjab Chief Minister Amna Tariq met the envoy.", "Chief Minister", None),
    ],
)  # fmt: skip
def test_first_title_of_sentence(text: str, title: str, country: str | None) -> None:
    first = find_titles(text)[0]
    assert (first.title, first.country_iso3) == (title, country)
