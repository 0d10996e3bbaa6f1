"""The head of a country's region styled "Chairman of <Region>", written for these tests.

Tajikistan styles the governor of a region its chairman ("Chairman of Sughd Region", "of
Khatlon Region"), and Russian copy writes a regional head so too; the region had been read as
a body the chairman represents, an organization of no country, and the person left with no
country of his own. A first-level unit the lexicon knows as one, after "of" and before the
name (or closing the phrase after it), is the office's, part of the title as written, and
tells the holder's country, as "Governor of <Region>" does. A country's name there ("President
of Mexico", "Minister of Economy of Papua New Guinea") and a body named after a region
("Chairman of Sughd Regional Council") read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.titles import find_titles


def _offices(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.title, t.organization, t.country_iso3) for t in find_titles(text)]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Uzbek Minister Alisher Karimov met Chairman of Sughd Region Farrukh Nazarov in Khujand.",
         ("Chairman of Sughd Region", None, "TJK")),
        ("Uzbek Minister Alisher Karimov met Farrukh Nazarov, Chairman of Khatlon Region, in Bokhtar.",
         ("Chairman of Khatlon Region", None, "TJK")),
        ("Uzbek Minister Alisher Karimov met the head of Sughd Region Farrukh Nazarov in Khujand.",
         ("head of Sughd Region", None, "TJK")),
        ("Uzbek Minister Alisher Karimov met Chairman of Kurgan Oblast Pavel Lebedev in Kurgan.",
         ("Chairman of Kurgan Oblast", None, "RUS")),
        # as before: a governor, a country's name, and a body named after the region
        ("Uzbek Minister Alisher Karimov met Governor of Sughd Region Farrukh Nazarov in Khujand.",
         ("Governor of Sughd Region", None, "TJK")),
        ("Uzbek Minister Alisher Karimov met President of Mexico Elena Ruiz in Tashkent.",
         ("President", None, "MEX")),
        ("Uzbek Minister Alisher Karimov met Chairman of Sughd Regional Council Farrukh Nazarov.",
         ("Chairman", "Sughd Regional Council", None)),
    ],
)  # fmt: skip
def test_chairman_of_a_region_holds_its_office(text: str, office: tuple[str, str | None, str | None]) -> None:
    assert office in _offices(text)
