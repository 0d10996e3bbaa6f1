"""Seats of government the landmarks lexicon knew only in another form, written for these tests.

English copy names some seats in a form the lexicon lacked: "Nariño Palace" (it held "Casa de
Nariño"), "López Palace" ("Palacio de López"), "Vahdettin Mansion" and "Çankaya Mansion" (the
"Pavilion" and "Palace"), "Oguzhan" (the "Oguzkhan" spelling); and some not at all: the Beehive,
Sri Temasek, Kadriorg Palace, the Palace of Serbia, the Jubilee Palace, the Saaral Ordon and
Villa Gorica. Each now names its city, with or without its accents, as the others do.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _places(text: str) -> list[str | None]:
    return [e.location for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Turkmen president received the Georgian premier at the Oguzhan Presidential Palace on "
         "Monday.", ["Ashgabat"]),
        ("The Colombian president hosted the Ecuadorian president at the Nariño Palace on Monday.",
         ["Bogotá"]),
        ("The Colombian president hosted the Ecuadorian president at the Narino Palace on Monday.",
         ["Bogotá"]),
        ("The Paraguayan president received the Uruguayan president at the Lopez Palace on Monday.",
         ["Asunción"]),
        ("The New Zealand prime minister met the Fijian prime minister at the Beehive on Monday.",
         ["Wellington"]),
        ("The Singaporean president hosted the Vietnamese president at Sri Temasek on Monday.",
         ["Singapore"]),
        ("The Turkish president received the Bosnian leader at the Vahdettin Mansion on Monday.",
         ["Istanbul"]),
        ("The Turkish vice president met the Azerbaijani premier at the Cankaya Mansion on Monday.",
         ["Ankara"]),
        ("The Estonian president received the Icelandic president at Kadriorg Palace on Monday.",
         ["Tallinn"]),
        ("The Serbian president met the Montenegrin premier at the Palace of Serbia on Monday.",
         ["Belgrade"]),
        ("The Ethiopian premier received the Kenyan president at the Jubilee Palace on Monday.",
         ["Addis Ababa"]),
        ("The Mongolian president received the Kazakh foreign minister at the Saaral Ordon on Monday.",
         ["Ulaanbaatar"]),
        ("The Montenegrin premier hosted the Croatian premier at Villa Gorica on Monday.",
         ["Podgorica"]),
        # a common word, lower case: no seat
        ("The Ethiopian premier met the Kenyan president on Monday at a beehive of a trade fair.",
         [None]),
    ],
)  # fmt: skip
def test_the_seat_names_its_city(text: str, expected: list[str | None]) -> None:
    assert _places(text) == expected
