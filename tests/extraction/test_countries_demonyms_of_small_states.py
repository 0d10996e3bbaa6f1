"""Demonyms the countries lexicon lacked, invented for these tests.

"Ivoirien" (the French form in English copy), "Trinbagonian", "Niuean" and "Cook Islander" name
their countries; each had been no country at all, so a minister so described had none.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.countries import find_countries


def _countries(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.iso3) for m in find_countries(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ivoirien cocoa regulator met buyers.", [("Ivoirien", "CIV")]),
        ("A Trinbagonian delegation arrived.", [("Trinbagonian", "TTO")]),
        ("The Niuean premier spoke.", [("Niuean", "NIU")]),
        ("The Cook Islander minister spoke.", [("Cook Islander", "COK")]),
        # the forms known before stay as they were
        ("The Ivorian and Trinidadian envoys spoke.", [("Ivorian", "CIV"), ("Trinidadian", "TTO")]),
    ],
)
def test_demonyms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _countries(text) == expected
