"""A dateline ended by a hyphen glued to the agency's bracket and to the story, written for
these tests.

Bangladesh's agencies write "DHAKA, June 12 (BSS)-Bangladesh and India ...", with no space on
either side of the hyphen (as Pakistan's APP glues a colon: "(APP):Pakistan"). A glued hyphen
ended nothing, and such stories had no dateline. It now ends the dateline right after a credit
in capitals and before a capital; a bracket of a sentence's words and a hyphen opening a word
("(BSS)-based") end none.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city", "day"),
    [
        ("DHAKA, June 12 (BSS)-Bangladesh and Bhutan agreed to open a new land port.", "Dhaka", None),
        (
            "DHAKA, June 12, 2025 (BSS)-State Minister for Commerce received the Nepali envoy.",
            "Dhaka",
            date(2025, 6, 12),
        ),
        ("Chattogram (UNB)-The Bangladeshi and Indian port chiefs met on Monday.", "Chattogram", None),
    ],
)
def test_a_glued_hyphen_after_a_credit_ends_the_dateline(text: str, city: str, day: date | None) -> None:
    found = find_dateline(text)
    assert found is not None and (found.city, found.date) == (city, day)
    assert text[found.end - 1] == "-"


@pytest.mark.parametrize(
    "text",
    [
        "DHAKA (BSS)-based exporters met the Indian envoy.",
        "Nairobi (Kenya)-Uganda ties grew in 2024.",
        "Kenya (the host)-Uganda trade rose.",
    ],
)
def test_no_dateline_without_a_credit_and_a_capital(text: str) -> None:
    assert find_dateline(text) is None
