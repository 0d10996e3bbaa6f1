"""A listed brand after a legal form written first, written for these tests.

"PT Pertamina (Persero)" and "PJSC Gazprom" had no country: the name was looked up whole, and
the legal form before the brand ("PT", "JSC", "PJSC") hid it, so a country said of the name
before it ("Algeria's Sonatrach and PT Pertamina") was given to it. The brand after the form
is looked up as it is bare; a form alone, or before an unlisted name, gives none.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.companies import company_country
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("PT Pertamina (Persero)", "IDN"),
        ("PT Pertamina", "IDN"),
        ("PJSC Gazprom", "RUS"),
        ("JSC KazMunayGas", "KAZ"),
        # the local arm after the brand keeps its country
        ("PT Huawei Indonesia", "IDN"),
        # as before
        ("Pertamina", "IDN"),
        ("JSC", None),
        ("PT Sinar Lestari Abadi", None),
    ],
)
def test_brand_after_the_form(name: str, iso3: str | None) -> None:
    assert company_country(name) == iso3


def test_the_brand_keeps_its_country_in_a_list() -> None:
    text = (
        "Indonesia's Energy Minister Arif Wibisono signed a gas deal with Algeria's Sonatrach"
        " and PT Pertamina (Persero) in Oran on Monday."
    )
    (event,) = extract_document(text, PUB).engagements
    arms = {p.name: p.country_iso3 for p in event.participants if p.participant_type == "organization"}
    assert arms == {"Sonatrach": "DZA", "PT Pertamina (Persero)": "IDN"}
