"""An agency's credit in brackets glued by hyphens on both sides after the place, written for
these tests.

Malawian and Zambian papers print the national agency's credit between two hyphens:
"ZOMBA-(MANA)-Malawi and ...", "KASAMA-(ZANIS) - The ...". The hyphen before the bracket ended
the place with nothing after it read, and such stories had no dateline. An acronym in brackets
after such a hyphen is now the dateline's agency; a bracket of words, and a country's name
before one, read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city", "head"),
    [
        ("ZOMBA-(MANA)-Malawi and Mozambique agreed to share the lake's fish.", "Zomba", "ZOMBA-(MANA)-"),
        ("KASAMA-(ZANIS) - The provincial minister opened the market.", "Kasama", "KASAMA-(ZANIS) -"),
        ("Mangochi-(MANA)-Fish traders from Mozambique arrived.", "Mangochi", "Mangochi-(MANA)-"),
        ("KASAMA, June 3-(ZANIS)-Zambia and Tanzania met.", "Kasama", "KASAMA, June 3-(ZANIS)-"),
    ],
)
def test_a_credit_between_hyphens_ends_the_dateline(text: str, city: str, head: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city
    assert text[found.start : found.end] == head


@pytest.mark.parametrize(
    "text",
    [
        "Malawi-(Mozambique) fish trade grew last year.",
        "MALAWI-(MOZAMBIQUE)-Fish trade grew last year.",
        "Zomba-(the old capital) remains a university town.",
    ],
)
def test_no_dateline_for_a_bracket_of_words_or_countries(text: str) -> None:
    assert find_dateline(text) is None
