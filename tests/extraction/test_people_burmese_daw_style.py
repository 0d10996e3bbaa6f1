"""Myanmar's courtesy "Daw" before a woman's name, written for these tests.

"Daw Aung San Suu Kyi met ..." and "Union Minister Daw Thet Thet Khine" write Myanmar's
courtesy for a woman before her name: it had been kept as the name's first word ("Daw Aung San
Suu Kyi"), and, used by no other country, it now also places her in Myanmar when nothing else
does (words.tsv lists it among the honorifics, people.py's _STYLE_COUNTRY gives MMR). Its "U"
for a man, also an initial, is left as it was; a country written with the person wins.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Daw Aung San Suu Kyi met Chinese Foreign Minister Wang Yi.",
         [("Aung San Suu Kyi", None, "MMR"), ("Wang Yi", "Foreign Minister", "CHN")]),
        ("Myanmar's Union Minister Daw Thet Thet Khine met him.",
         [("Thet Thet Khine", "Union Minister", "MMR")]),
        ("Daw Khin Khin Kyaw met Kenyan President William Ruto.",
         [("Khin Khin Kyaw", None, "MMR"), ("William Ruto", "President", "KEN")]),
    ],
)  # fmt: skip
def test_daw_is_a_burmese_style(sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected
