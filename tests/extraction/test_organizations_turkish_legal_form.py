"""The Turkish legal form "A.Ş." (anonim şirket) closing a company's name: written for these
tests.

"Turkey's Tupras Turkiye Petrol Rafinerileri A.Ş. signed ..." had given a person "Petrol
Rafinerileri" and a body "A.Ş."; the form now closes the company's name as "S.A." does. The
undotted "A.S." is left out: it is also a person's initials ("Ambassador A.S. Rajan"), which
read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey's Tupras Turkiye Petrol Rafinerileri A.Ş. signed an agreement with Azerbaijan's "
         "SOCAR in Baku on Monday.",
         [(("AZE", "TUR"), ("Tupras Turkiye Petrol Rafinerileri A.Ş.", "SOCAR"))]),
        # near miss: a person's initials
        ("Indian Ambassador A.S. Rajan met Turkish Trade Minister Omer Bolat in Ankara on Monday.",
         [(("IND", "TUR"), ("A.S. Rajan", "Omer Bolat"))]),
    ],
)  # fmt: skip
def test_turkish_legal_form(text: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
    found = [
        (e.countries, tuple(p.name for p in e.participants)) for e in extract_document(text, PUB).engagements
    ]
    assert found == expected
