"""A legislature's chamber named after its country's name, written for these tests.

"Speaker of the Zambian National Assembly X" read the chamber as the speaker's office and the
country as his, but "Speaker of the Zambia National Assembly X" stopped the title at the
country: the speaker was left untitled, or "Parliament" ran into his name ("Speaker of the
Malawi Parliament X"). A country's name before its chamber now reads as its demonym does: the
chamber is the office's, written without the country, which is the holder's. A body of another
kind after the country ("the Zambia Chamber of Mines") is an organization as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people


def _person(sentence: str, name: str) -> tuple[str | None, str | None]:
    (person,) = [p for p in find_people(sentence) if p.name == name]
    return person.title, person.country_iso3


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("Speaker of the Zambia National Assembly Nelly Mutti received the delegation.",
         "Nelly Mutti", ("Speaker of the National Assembly", "ZMB")),
        ("Speaker of the Malawi Parliament Catherine Gotani Hara opened the session.",
         "Catherine Gotani Hara", ("Speaker of the Parliament", "MWI")),
        ("The Speaker of the Zambia National Assembly, Nelly Mutti, received the delegation.",
         "Nelly Mutti", ("Speaker of the National Assembly", "ZMB")),
        ("Nelly Mutti, Speaker of the Zambia National Assembly, received the delegation.",
         "Nelly Mutti", ("Speaker of the National Assembly", "ZMB")),
        ("President of the Botswana Senate Kagiso Mmusi received the delegation.",
         "Kagiso Mmusi", ("President of the Senate", "BWA")),
        ("Speaker of the Liberia House of Representatives Richard Koon received the delegation.",
         "Richard Koon", ("Speaker of the House of Representatives", "LBR")),
        # as before: the demonym, and a body of another kind named for its country
        ("Speaker of the Zambian National Assembly Nelly Mutti received the delegation.",
         "Nelly Mutti", ("Speaker of the National Assembly", "ZMB")),
        ("President of the Zambia Chamber of Mines Sokwani Chilembo received the delegation.",
         "Sokwani Chilembo", ("President", "ZMB")),
    ],
)  # fmt: skip
def test_the_chamber_is_the_offices(sentence: str, name: str, expected: tuple) -> None:
    assert _person(sentence, name) == expected
