"""A listed official written surname first, often in capitals, is still of his country.

Japanese and Hungarian government releases, and agencies that follow them, write the family
name first ("Foreign Minister IWAYA Takeshi", "SZIJJARTO Peter", "Prime Minister Ishiba
Shigeru"), where `lexicons/leaders.tsv` lists the given name first as English copy does. A story
naming its own minister so, with no country word for him, had no side for him and gave no
engagement. `leaders.known_nationality` now also tries the name with its first word moved to the
end; the whole reordered name must be listed, so another person's name matches no one. A name
listed in neither order, a surname alone and a listed name in its own order stay as they were.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.leaders import known_nationality
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday
WED = date(2025, 3, 5)


def _sides(text: str) -> list[tuple[str, date | None, tuple[str, ...], list[tuple[str, str | None]]]]:
    return [
        (
            e.engagement_type,
            e.engagement_date,
            e.countries,
            [(p.name, p.country_iso3) for p in e.participants if p.participant_type == "person"],
        )
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TOKYO, March 6 (Kyodo) - Foreign Minister IWAYA Takeshi held a telephone talk with "
         "Foreign Minister Wang Yi on Wednesday about seafood trade.",
         [("phone_call", WED, ("CHN", "JPN"), [("IWAYA Takeshi", "JPN"), ("Wang Yi", "CHN")])]),
        ("TOKYO, March 6 - Prime Minister ISHIBA Shigeru met with President Prabowo Subianto "
         "of Indonesia on Wednesday.",
         [("meeting", WED, ("IDN", "JPN"), [("ISHIBA Shigeru", "JPN"), ("Prabowo Subianto", "IDN")])]),
        ("BUDAPEST, March 6 - Minister of Foreign Affairs and Trade SZIJJARTO Peter received "
         "Turkish Foreign Minister Hakan Fidan on Wednesday.",
         [("meeting", WED, ("HUN", "TUR"), [("SZIJJARTO Peter", "HUN"), ("Hakan Fidan", "TUR")])]),
    ],
)  # fmt: skip
def test_a_listed_official_written_surname_first_is_of_his_country(
    text: str, expected: list[tuple[str, date | None, tuple[str, ...], list[tuple[str, str | None]]]]
) -> None:
    assert _sides(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("IWAYA Takeshi", "JPN"),
        ("Ishiba Shigeru", "JPN"),
        ("ORBAN Viktor", "HUN"),
        ("Takeshi Iwaya", "JPN"),  # the listed order, as before
        ("Xi Jinping", "CHN"),  # listed family name first, as before
        ("SATO Kenji", None),  # listed in neither order
        ("Takeshi Sato", None),
        ("Shigeru Takeshi", None),
    ],
)
def test_known_nationality_tries_the_surname_last(name: str, expected: str | None) -> None:
    assert known_nationality(name) == expected


def test_an_unlisted_surname_first_name_still_gives_no_side() -> None:
    # no listed official and no country word for the host: one side only, as before
    text = "TOKYO, March 6 - Vice Minister SATO Kenji met Ambassador Pedro Alvarez of Chile on Wednesday."
    assert all("JPN" not in e.countries for e in extract_document(text, PUB).engagements)
