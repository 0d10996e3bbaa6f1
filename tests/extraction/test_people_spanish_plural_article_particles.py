"""Spanish surnames joined by a plural article, "de los" and "de las", written for these tests.

"Minister Josefina Marte de los Santos" had been cut to "Josefina Marte": "de", "la", "del"
were name particles but not the plural articles "los" and "las", so the run stopped before
them. They join a surname as "la" does ("Roberto de la Cruz").
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday

_CLOSING = " met Cuban Foreign Trade Minister Oscar Perez-Oliva in Havana on Monday."


def _first_name(text: str) -> str:
    (event,) = extract_document(text + _CLOSING, PUB).engagements
    return next(p.name for p in event.participants if p.participant_type == "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Panamanian Trade Minister Julia Ortega de los Rios", "Julia Ortega de los Rios"),
        ("Panamanian Trade Minister Mateo de las Casas", "Mateo de las Casas"),
        ("Julia Ortega de los Rios, Panama's trade minister,", "Julia Ortega de los Rios"),
        # as before: "de la", "del", and a name with no particle
        ("Panamanian Trade Minister Mateo de la Vega", "Mateo de la Vega"),
        ("Panamanian Trade Minister Mateo del Valle", "Mateo del Valle"),
        ("Panamanian Trade Minister Julia Ortega", "Julia Ortega"),
    ],
)  # fmt: skip
def test_plural_article_joins_the_surname(text: str, name: str) -> None:
    assert _first_name(text) == name
