"""A dateline in capitals run into the byline with no comma or dash between them, written for
these tests.

Some papers print the writer and the dateline as one run of words: "By Staff Writer KITWE -
Zambia and ...", "By Chanda Mwale NDOLA, June 12 (ZANIS) - ...". A byline was read only when a
comma, dash or bar closed the writer's name, and such stories had no dateline. A writer's name in
Title case (words with small letters) now ends where the place in capitals begins; a name in
capitals, a place after "in", an agency in place of a city and a place with no end after it read
as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city", "yearless"),
    [
        ("By Staff Writer KITWE - Zambia and Congo reopened the Kasumbalesa crossing.", "Kitwe", None),
        ("By Chanda Mwale NDOLA, June 12 (ZANIS) - Copper tonnage rose.", "Ndola", "June 12"),
        ("Written by Mutale Banda CHIPATA -- Malawian traders crossed in numbers.", "Chipata", None),
        ("By Our Reporter LILONGWE (MANA) - Malawi signed the loan.", "Lilongwe", None),
    ],
)
def test_the_dateline_run_into_a_byline_is_read(text: str, city: str, yearless: str | None) -> None:
    found = find_dateline(text)
    assert found is not None and (found.city, found.yearless) == (city, yearless)
    assert text[found.start :].startswith(city.upper())


@pytest.mark.parametrize(
    "text",
    [
        "By Chanda Mwale in KITWE - Zambia reopened the crossing.",
        "By Chanda Mwale AFP - Zambia reopened the crossing.",
        "By Chanda Mwale KITWE Zambia reopened the crossing.",
        "By Jane Doe ZESCO engineers met on Monday - the utility said.",
    ],
)
def test_no_dateline_without_a_place_and_its_end(text: str) -> None:
    assert find_dateline(text) is None
