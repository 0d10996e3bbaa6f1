"""A Title-case headline over the story's date line is no dateline, written for these tests.

"Copperbelt Mines Expand" over "12 June 2025 - 10:31am" had been read as a place whose date
sat on the next line, and the headline became the story's dateline. Two or more Title-case
words that no gazetteer knows as a city no longer reach a date across the line; a dateline
further down is found instead. A known city over its date line, a place in capitals and one
word alone stay read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = "Smelters in the north raised copper output by a fifth, the chamber of mines said."


@pytest.mark.parametrize(
    "headline", ["Copperbelt Mines Expand", "Kafue Sugar Growers Gain", "Malawi Tea Auctions"]
)
@pytest.mark.parametrize("stamp", ["12 June 2025 - 10:31am", "June 12, 2025 — 09:00", "12 June 2025"])
def test_a_headline_over_a_date_line_is_no_dateline(headline: str, stamp: str) -> None:
    assert find_dateline(f"{headline}\n\n{stamp}\n\n{STORY}") is None


def test_the_dateline_below_the_headline_is_found() -> None:
    found = find_dateline(f"Copperbelt Mines Expand\n\n12 June 2025\n\nNDOLA - {STORY}")
    assert found is not None
    assert found.city == "Ndola"


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        (f"Port Louis\n\nJune 12, 2025 - {STORY}", "Port Louis"),
        (f"NDOLA\n\nJune 12, 2025 - {STORY}", "Ndola"),
    ],
)
def test_a_place_over_its_date_line_stays_the_dateline(opening: str, city: str) -> None:
    found = find_dateline(opening)
    assert found is not None
    assert found.city == city
