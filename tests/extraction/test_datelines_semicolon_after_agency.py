"""A dateline ended by a semicolon after its agency's credit, written for these tests.

Some broadcasters' sites close the dateline with a semicolon: "Colombo (News 1st); Sri Lanka
and India ...". Only a dash, a colon or a period had ended one, and such stories had no
dateline. The semicolon ends it right after a bracketed credit opening on a capital; a place
with no credit before its semicolon, and a bracket of a sentence's words, end none.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Colombo (News 1st); Sri Lanka and the Maldives agreed to restart ferry services.", "Colombo"),
        ("COLOMBO (Ada Derana); The Sri Lankan minister received the Indian envoy.", "Colombo"),
        ("Male, June 3 (PSM); The Maldivian president met the Sri Lankan premier.", "Male"),
    ],
)
def test_a_semicolon_after_a_credit_ends_the_dateline(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city
    assert text[found.end - 1] == ";"


@pytest.mark.parametrize(
    "text",
    [
        "Colombo; the talks with India went on until late on Monday.",
        "Nairobi (the host); Kampala (the guest) and Kigali sent ministers.",
        "The ministers (two of them); met on Monday.",
    ],
)
def test_no_dateline_without_a_credit_before_the_semicolon(text: str) -> None:
    assert find_dateline(text) is None
