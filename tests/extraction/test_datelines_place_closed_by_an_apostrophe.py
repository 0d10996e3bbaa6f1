"""A dateline whose place ends on an apostrophe, as the Maldives writes its capital, written for these tests.

"Male', June 12 - ..." had no dateline: the place was cut before the apostrophe, and the
apostrophe ended nothing. An apostrophe that closes the place's last word before the
dateline's comma, bracket or dash now closes the place. A possessive that opens a sentence
("Farmers' groups said ...") stays no dateline.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    "opening",
    [
        "Male', June 12 - The Maldivian cabinet approved a fisheries export plan on Thursday.",
        "MALE', June 12 (PSM) - The Maldivian cabinet approved a fisheries export plan.",
        "MALE' - The Maldivian cabinet approved a fisheries export plan on Thursday.",
        "Male’, 12 June 2025: The Maldivian cabinet approved a fisheries export plan.",
    ],
)
def test_a_place_closed_by_an_apostrophe_is_the_dateline(opening: str) -> None:
    found = find_dateline(opening)
    assert found is not None
    assert found.city == "Male"


@pytest.mark.parametrize(
    "opening",
    [
        "Farmers' groups said on Thursday that tuna exports rose.",
        "Ministers' talks, held on June 12 - ended early without a deal on tariffs.",
    ],
)
def test_a_possessive_opening_a_sentence_is_no_dateline(opening: str) -> None:
    assert find_dateline(opening) is None


def test_the_dated_place_keeps_its_date() -> None:
    found = find_dateline("Male', 12 June 2025 - The Maldivian cabinet approved the plan.")
    assert found is not None
    assert found.date is not None
    assert found.date.isoformat() == "2025-06-12"
