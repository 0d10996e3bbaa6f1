"""A dateline's place in capitals glued by a hyphen to the story's first word, written for these
tests.

Some papers print the place and the story with a bare hyphen between them ("MASERU-Lesotho and
South Africa ..."). The hyphen was read as inside one word, "MASERU-Lesotho", which is no place,
and such stories had no dateline. A place in capitals glued so now ends the dateline when the
gazetteer knows it as a city, or when the word after it opens a sentence ("The"); two
countries' names joined so are a pair, and acronyms, labels and compounds stay as they were.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city", "head"),
    [
        ("MASERU-Lesotho and South Africa agreed to share water from the dam.", "Maseru", "MASERU-"),
        ("GABORONE-Botswana's diamond sales to Belgium slowed in May.", "Gaborone", "GABORONE-"),
        ("ADDIS ABABA-Ethiopian and Kenyan officials met on Monday.", "Addis Ababa", "ADDIS ABABA-"),
        ("RUNDU-The regional governor opened the new border post.", "Rundu", "RUNDU-"),
        ("PORT-AU-PRINCE-The Haitian and Dominican ministers met.", "Port-au-Prince", "PORT-AU-PRINCE-"),
    ],
)
def test_a_glued_hyphen_ends_the_place(text: str, city: str, head: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city
    assert text[found.start : found.end] == head


@pytest.mark.parametrize(
    "text",
    [
        "LESOTHO-Botswana trade rose by a tenth in 2024.",
        "SINGAPORE-Indonesia ties grew closer this year.",
        "SADC-Japan talks resumed in Tokyo on Monday.",
        "COVID-Related costs rose for exporters.",
        "UPDATE-The talks went on for a second day.",
        "MASERU-based traders met the minister on Monday.",
        "Maseru-Lesotho road works began on Monday.",
    ],
)
def test_no_dateline_for_pairs_acronyms_and_compounds(text: str) -> None:
    assert find_dateline(text) is None
