"""A meeting named by a hyphenated pair with a region on one side, written for these tests.

"The Central Asia-EU ministerial meeting was held in Brussels on Monday with the foreign
ministers of Kazakhstan and Belgium taking part": a region stands for its many states, so the
gathering is multilateral, a forum, as "the Korea-Central Asia summit" already was (it had been
a meeting of the countries named beside it). So is a pair of two blocs ("the ASEAN-GCC
ministerial meeting"). A pair of countries, a country and one bloc ("the Japan-EU ministerial
meeting", two sides), and talks held on the sidelines of such a gathering stay meetings.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)


def _types(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((e.engagement_type, e.countries) for e in extract_document(text, PUB).engagements)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The Central Asia-EU ministerial meeting was held in Brussels on Monday with the foreign ministers "
         "of Kazakhstan and Belgium taking part.", ("BEL", "KAZ")),
        ("Foreign ministers of Kyrgyzstan, Tajikistan and Italy attended the EU-Central Asia Ministerial "
         "Meeting in Luxembourg on Monday.", ("ITA", "KGZ", "TJK")),
        ("Kazakhstan and Uzbekistan took part in the ASEAN-GCC ministerial meeting in Kuala Lumpur on "
         "Monday.", ("KAZ", "UZB")),
        ("The Africa-Korea ministerial meeting was held in Seoul on Monday, attended by ministers from "
         "Ghana and South Korea.", ("GHA", "KOR")),
        ("The third Caribbean-Africa high-level meeting opened in Bridgetown on Monday, with ministers from "
         "Barbados and Nigeria.", ("BRB", "NGA")),
    ],
)  # fmt: skip
def test_the_gathering_is_a_forum(text: str, countries: tuple[str, ...]) -> None:
    assert _types(text) == [("forum", countries)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenya-Uganda ministerial meeting was held in Nairobi on Monday, attended by ministers from "
         "Kenya and Uganda.", [("meeting", ("KEN", "UGA"))]),
        ("The Japan-EU ministerial meeting was held in Tokyo on Monday, attended by ministers from Japan "
         "and Germany.", [("meeting", ("DEU", "JPN"))]),
        ("Kazakh Foreign Minister Murat Nurtleu met Belgian Foreign Minister Maxime Prevot on the sidelines "
         "of the Central Asia-EU ministerial meeting in Brussels on Monday.", [("meeting", ("BEL", "KAZ"))]),
        ("The South Africa-Mozambique ministerial meeting was held in Maputo on Monday with ministers of "
         "both countries.", [("meeting", ("MOZ", "ZAF"))]),
    ],
)  # fmt: skip
def test_near_misses_stay_meetings(text: str, expected: list[tuple]) -> None:
    assert _types(text) == expected
