"""A federal district's initials after the city with no comma close the place, written for these tests.

Copy from Washington and from Latin American capitals writes "Washington D.C., June 12, 2025 –"
and "Bogotá D.C., 12 de junio de 2025.": the place had been cut at the initials, which are no
word of a place, so the dateline had no date and no end, and the story no dateline.
`_place_words` (datelines.py) now closes the place on "D.C." or "D.F." (`_DISTRICT_INITIALS`)
when a separator or the line's end follows them; the city is the name before them. The initials
after a comma ("Washington, D.C. –") read as before, and a sentence that names the city and goes
on is still no dateline.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = " The United States and Kenya signed a trade and investment framework on Thursday."


@pytest.mark.parametrize(
    ("head", "city"),
    [
        ("Washington D.C., June 12, 2025 –", "Washington"),
        ("WASHINGTON D.C. –", "Washington"),
        ("WASHINGTON D.C., June 12 (Reuters) –", "Washington"),
        ("Washington D.C. –", "Washington"),
        ("Bogotá D.C., 12 de junio de 2025.", "Bogotá"),
        ("Washington, D.C. –", "Washington"),
    ],
)
def test_the_city_before_the_initials_is_the_dateline(head: str, city: str) -> None:
    found = find_dateline(head + STORY)
    assert found is not None and found.city == city


def test_the_date_after_the_initials_is_read() -> None:
    found = find_dateline("Washington D.C., June 12, 2025 –" + STORY)
    assert found is not None and found.date is not None and found.date.isoformat() == "2025-06-12"


def test_a_sentence_naming_the_city_is_no_dateline() -> None:
    assert find_dateline("Washington D.C. is where the framework was signed on Thursday.") is None
