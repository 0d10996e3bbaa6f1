"""A listed brand's local arm named with its legal form, written for these tests.

"Unilever Ghana Ltd" had been given Unilever's country: the arm's country was read only when
it ended the name ("Huawei Kenya"), and a legal form or company noun after it ("Ltd", "Plc",
"Company Limited") hid it. The country before them is the arm's; a brand with a legal form
and no country keeps its own.
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
        ("Unilever Ghana Ltd", "GHA"),
        ("Unilever Ghana Ltd.", "GHA"),
        ("Nestle Nigeria Plc", "NGA"),
        ("Huawei Kenya Company Limited", "KEN"),
        # as before: the country ending the name, and a brand with no country
        ("Huawei Kenya", "KEN"),
        ("Unilever Ltd", "GBR"),
        ("Nestle S.A.", "CHE"),
    ],
)
def test_local_arm_country(name: str, iso3: str) -> None:
    assert company_country(name) == iso3


def test_the_arm_adds_no_side() -> None:
    text = (
        "Ghana's Trade Minister Ama Serwaa Boateng received managers of Unilever Ghana Ltd"
        " and Japan's Toyota Tsusho in Kumasi on Monday."
    )
    (event,) = extract_document(text, PUB).engagements
    assert event.countries == ("GHA", "JPN")
    arms = [p.country_iso3 for p in event.participants if p.name == "Unilever Ghana Ltd"]
    assert arms == ["GHA"]
