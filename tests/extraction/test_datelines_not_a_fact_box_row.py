"""A fact box's row opening a story is no dateline, written for these tests.

A story with no dateline that opens on a fact box ("Exports: $2.9 billion", "Population: 37
million") had the row's label read as its dateline city ("Exports"), a Title-case word before
a colon; the story now has none. `_end_at` (datelines.py) ends no dateline at a Title-case
label's colon when a figure follows it, perhaps after a short unit (`_VALUE_AFTER_COLON`: "$",
"Sh", "US$"). A Title-case place before a colon and words ("Abu Dhabi: The UAE ..."), an
ALL-CAPS place and a place with a date read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

ROWS = [
    "Exports: $2.9 billion\nImports: $1.1 billion\n\nKenya's trade with Uganda grew in 2024.",
    "Population: 37 million\n\nKenya's exports to Uganda reached $2.9 billion in 2024.",
    "Trade Balance: US$1.8 billion\n\nKenya's exports to Uganda reached $2.9 billion in 2024.",
    "Imports: Sh1.1 trillion\n\nKenya's imports from Uganda fell in 2024.",
]

DATELINES = [
    ("Abu Dhabi: The UAE and India signed a trade pact on Monday.", "Abu Dhabi"),
    ("NAIROBI: 2024 was a record year for Kenya's exports to Uganda.", "Nairobi"),
    ("Nairobi, March 2: Kenya's exports to Uganda reached $2.9 billion in 2024.", "Nairobi"),
]


@pytest.mark.parametrize("text", ROWS)
def test_a_box_row_is_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(("text", "city"), DATELINES)
def test_datelines_with_a_colon_read_as_before(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.city == city
