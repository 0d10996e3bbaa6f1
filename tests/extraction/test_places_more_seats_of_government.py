"""Seats of government and residences the landmarks lexicon lacked, written for these tests.

"received X at Urugwiro Village", "met Y at the Pentagon", "at the Palace of the Revolution":
the seat names its city as the Kremlin names Moscow (they had given no place). "Istana Bogor"
is in Bogor, not in Singapore, which "Istana" alone names. A seat that only speaks ("The
Pentagon said ... met") places nothing, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday


def _places(text: str) -> list[str | None]:
    return [e.location for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Japanese Defence Minister Gen Nakatani met US Defence Secretary Pete Hegseth at the Pentagon on "
         "Wednesday.", "Washington"),
        ("The Rwandan president received the Kenyan president at Urugwiro Village on Wednesday.", "Kigali"),
        ("The Cuban president received the Vietnamese prime minister at the Palace of the Revolution on "
         "Wednesday.", "Havana"),
        ("The Argentine foreign minister met her Chilean counterpart at the San Martin Palace on Wednesday.",
         "Buenos Aires"),
        ("King Mswati III received the Mozambican president at Lozitha Palace on Wednesday.", "Lobamba"),
        ("The Italian prime minister received the Indian prime minister at Chigi Palace on Wednesday.",
         "Rome"),
        ("The Indonesian president received the Malaysian prime minister at Istana Bogor on Wednesday.",
         "Bogor"),
        ("The Nigerian vice president received the Ghanaian trade minister at the Aso Villa on Wednesday.",
         "Abuja"),
        ("The Iranian foreign minister met the Swiss foreign minister at the Palais des Nations on Tuesday.",
         "Geneva"),
        ("The Ecuadorian president received the Colombian president at the Palacio de Carondelet on "
         "Wednesday.", "Quito"),
        ("The Iranian president received the Iraqi prime minister at Saadabad Palace on Wednesday.",
         "Tehran"),
        ("The Danish king received the Icelandic president at Amalienborg on Wednesday.", "Copenhagen"),
    ],
)  # fmt: skip
def test_a_seat_names_its_city(text: str, city: str) -> None:
    assert _places(text) == [city]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a seat that tells the news is no venue
        ("The Pentagon said on Wednesday that US Defence Secretary Pete Hegseth met Japanese Defence "
         "Minister Gen Nakatani.", [None]),
        # "Istana" alone is Singapore's, as before
        ("The Singaporean prime minister received the Malaysian prime minister at the Istana on "
         "Wednesday.", ["Singapore"]),
    ],
)  # fmt: skip
def test_other_seats_stay(text: str, expected: list[str | None]) -> None:
    assert _places(text) == expected
