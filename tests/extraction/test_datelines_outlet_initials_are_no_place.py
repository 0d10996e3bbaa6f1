"""An outlet's initials in capitals are no dateline, written for these tests.

Stamp lines and credits name the broadcaster or the paper by its initials: "12 June 2025 |
ZNBC", "ZNBC | 12 June 2025", "KBC" alone on its line. A word in capitals alone on its line, or
after a stamp's date, is a dateline's shape, and the initials had been read as the story's place
("Znbc"). `_dateline_at` (datelines.py) now reads no place in capitals without a vowel (`_VOWEL`,
Y and accented letters too): no place's name is written so. A place in capitals after a stamp's
date, a dateline below the initials and places with vowels read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = "\n\nThe trade minister met a delegation of maize buyers on Tuesday to review export permits."


@pytest.mark.parametrize(
    "line",
    ["12 June 2025 | ZNBC", "ZNBC | 12 June 2025", "12 June 2025 - ZNBC", "KBC", "NTV | June 12, 2025"],
)
def test_the_initials_are_no_place(line: str) -> None:
    assert find_dateline(line + STORY) is None


def test_the_dateline_below_is_read() -> None:
    found = find_dateline("12 June 2025 | ZNBC\n\nLUSAKA - The minister met maize buyers on Tuesday.")
    assert found is not None and found.city == "Lusaka"


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("12 June 2025 | LUSAKA", "Lusaka"),
        ("SFAX, June 12 (TAP) - The port", "Sfax"),
        ("KYIV, June 12 (Reuters) - The port", "Kyiv"),
        ("ÅLESUND", "Ålesund"),
    ],
)
def test_places_read_as_before(line: str, city: str) -> None:
    found = find_dateline(line + STORY)
    assert found is not None and found.city == city
