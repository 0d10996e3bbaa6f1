"""A Title-case place that holds "of" is read whole when the gazetteer knows it, written for these tests.

Caribbean wires date their copy "Port of Spain, Trinidad, June 12, 2025 (CMC) –". In Title case
"of" had been no particle of a place, so the place was cut to "Port" and the story had had no
dateline. `_place_words` (datelines.py) now lets "of" into a Title-case place, and
`_place_of_a_known_city` keeps the longest run of the words that the gazetteer knows as a city;
else the words are cut before the first "of", as before: "Minister of Trade, June 12 –" and
"Republic of Kenya, June 12 –" are no place, and a place in capitals reads as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = " Trinidad and Tobago and Guyana signed a memorandum on energy trade on Wednesday."


@pytest.mark.parametrize(
    ("head", "city"),
    [
        ("Port of Spain, Trinidad, June 12, 2025 (CMC) –", "Port of Spain"),
        ("Port of Spain, June 12 –", "Port of Spain"),
        ("Port of Spain –", "Port of Spain"),
        ("PORT OF SPAIN, Trinidad, June 12 (CMC) –", "Port of Spain"),
        ("Rio de Janeiro, June 12 –", "Rio de Janeiro"),
    ],
)
def test_the_known_city_is_the_dateline(head: str, city: str) -> None:
    found = find_dateline(head + STORY)
    assert found is not None and found.city == city


def test_the_date_of_the_dateline_is_read() -> None:
    found = find_dateline("Port of Spain, Trinidad, June 12, 2025 (CMC) –" + STORY)
    assert found is not None and found.date is not None and found.date.isoformat() == "2025-06-12"


@pytest.mark.parametrize(
    "head",
    [
        "Minister of Trade, June 12 –",
        "Republic of Kenya, June 12 –",
        "Port of Spain Mayor said, June 12 –",
        "Bay of Plenty, June 12 –",
    ],
)
def test_an_unknown_name_with_of_is_no_place(head: str) -> None:
    assert find_dateline(head + STORY) is None
