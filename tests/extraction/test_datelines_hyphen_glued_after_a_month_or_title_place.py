"""A dateline ended by a hyphen glued to its date after a month's name or a Title-case place,
written for these tests.

Zambian, Zimbabwean and Malawian papers print the dateline's date glued to the story's first word
in several ways: "Kitwe, June 12-Zambia and ..." (a Title-case place) and "NDOLA, 12 June-The ..."
(the day first, the hyphen after the month). Only a hyphen after the day's figure of a place in
capitals had ended a dateline, and such stories had none. A Title-case place must be set off by
a comma; a range of days or months ("June 12-July 3") and a place with no comma end none.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city", "head"),
    [
        ("Kitwe, June 12-Zambia and Malawi opened a new border post.", "Kitwe", "Kitwe, June 12-"),
        ("NDOLA, 12 June-The copper tonnage rose by a fifth.", "Ndola", "NDOLA, 12 June-"),
        ("Mzuzu, 3 March-Officials from both sides toured the site.", "Mzuzu", "Mzuzu, 3 March-"),
        ("NDOLA, 12 JUNE-Zambian exporters met the delegation.", "Ndola", "NDOLA, 12 JUNE-"),
        ("Bulawayo, Sept. 4-Zimbabwe hosted the fair.", "Bulawayo", "Bulawayo, Sept. 4-"),
    ],
)
def test_a_glued_hyphen_after_the_date_ends_the_dateline(text: str, city: str, head: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city
    assert text[found.start : found.end] == head


@pytest.mark.parametrize(
    "text",
    [
        "NDOLA, June 12-July 3 Trade Fair drew record crowds.",
        "Kitwe, June 12-14 Mining Week opened on a high note.",
        "Kitwe June 12-Zambia and Malawi opened a border post.",
        "Since June 12-Zambia has sold more copper.",
        "In Kitwe, 12 June-Zambia opened a border post.",
    ],
)
def test_no_dateline_for_ranges_or_places_without_a_comma(text: str) -> None:
    assert find_dateline(text) is None
