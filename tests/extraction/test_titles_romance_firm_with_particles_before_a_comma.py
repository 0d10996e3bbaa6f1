"""An officer of a Romance-named firm with particles, named after a comma, written for these tests.

"The president of Banco de la Nación Argentina, Daniel Tillard, met ...", "The chairman of
Banco de Crédito del Perú, X,": a Romance keyword's name ran only to the word after its first
particle ("Banco de la Nación", "Banco de Crédito"), so the rest was read as a person and the
officer lost his title and firm. `_sequence_end` (titles.py) now asks `_romance_name_comma`:
when capitalized words, particles and articles run from the particle to a comma that a
personal name follows, the whole run is the firm. "Banco do Brasil Tarciana Medeiros", with no
comma, and a comma before a description read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The president of Banco de la Nación Argentina, Daniel Tillard, met the envoy on Monday.",
         [("Daniel Tillard", "president", "Banco de la Nación Argentina")]),
        ("The chairman of Banco de Crédito del Perú, Luis Enrique Romero, met the envoy on Monday.",
         [("Luis Enrique Romero", "chairman", "Banco de Crédito del Perú")]),
        ("The head of Corporación Nacional del Cobre de Chile, Máximo Pacheco, met the envoy on Monday.",
         [("Máximo Pacheco", "head", "Corporación Nacional del Cobre de Chile")]),
        # as before: no comma before the name, a description after the comma
        ("The president of Banco de la Nación Argentina, the country's largest lender, met the envoy.", []),
        ("The president of Banco do Brasil Tarciana Medeiros met the envoy on Monday.",
         [("Tarciana Medeiros", "president", "Banco do Brasil")]),
        ("The president of Banco do Brasil, Tarciana Medeiros, met the envoy on Monday.",
         [("Tarciana Medeiros", "president", "Banco do Brasil")]),
    ],
)  # fmt: skip
def test_the_firm_is_whole(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)] == expected
