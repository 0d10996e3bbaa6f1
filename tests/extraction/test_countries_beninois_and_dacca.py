"""The French demonym of Benin and the old spelling of Dhaka, written for these tests.

"Beninois" (the French form English copy from Cotonou keeps, as "Ivoirien") names Benin, and
"Dacca" (Dhaka's older spelling) is Bangladesh's capital; each had been no country, so "Beninois
Foreign Minister Olushegun Adjadi Bakari met his Togolese counterpart" had one side. The English
forms read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.countries import find_countries
from orchestration.extraction.pipeline import extract_document


def _countries(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.iso3) for m in find_countries(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Beninois minister spoke.", [("Beninois", "BEN")]),
        ("Talks were held in Dacca.", [("Dacca", "BGD")]),
        # as before
        ("The Beninese minister spoke in Dhaka.", [("Beninese", "BEN"), ("Dhaka", "BGD")]),
    ],
)
def test_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _countries(text) == expected


def test_meeting_of_a_beninois_minister() -> None:
    text = (
        "Beninois Foreign Minister Olushegun Adjadi Bakari met Togolese Foreign Minister Robert Dussey "
        "in Lome on Tuesday."
    )
    assert [e.countries for e in extract_document(text, date(2025, 6, 12)).engagements] == [("BEN", "TGO")]
