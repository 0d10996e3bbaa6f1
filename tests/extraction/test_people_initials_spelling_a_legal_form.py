"""Dotted initials that spell a legal form, after a title: written for these tests.

South Asian names often open on initials: "Indian Ambassador S.A. Rajan", "B.V. Rao". "S.A."
and "B.V." are also legal forms (Spanish and Dutch), so the name had been cut off and the
person lost. Dotted initials right after a title or honorific and before a name word are the
name's; a legal form after a company's name ("Vale S.A.", "Petroleo Brasileiro S.A.
Chairman X") reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indian Ambassador S.A. Rajan met Turkish Trade Minister Omer Bolat in Ankara on Monday.",
         [(("IND", "TUR"), ("S.A. Rajan", "Omer Bolat"))]),
        ("Indian Ambassador B.V. Rao met Turkish Trade Minister Omer Bolat in Ankara on Monday.",
         [(("IND", "TUR"), ("B.V. Rao", "Omer Bolat"))]),
        # near misses: a company's legal form
        ("Brazil's Vale S.A. signed a deal with Oman's OQ SAOC in Muscat on Monday.",
         [(("BRA", "OMN"), ("Vale S.A.", "OQ SAOC"))]),
        ("Petroleo Brasileiro S.A. Chairman Jean Paul Prates met Bolivian President Luis Arce in "
         "La Paz on Monday.",
         [(("BOL", "BRA"), ("Jean Paul Prates", "Luis Arce", "Petroleo Brasileiro S.A."))]),
    ],
)  # fmt: skip
def test_initials_spelling_a_legal_form(
    text: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> None:
    found = [
        (e.countries, tuple(p.name for p in e.participants)) for e in extract_document(text, PUB).engagements
    ]
    assert found == expected
