"""A brand made one word with "Sino" is a Chinese company, written for these tests.

Chinese state firms name themselves abroad with "Sino" joined to their trade ("Sinohydro",
"Sinosteel", "Sinotrans", "Sinoma"). The lexicon lists a few; every other one had been a
company of no country, so "Ghana's President held talks with the Chairman of Sinohydro
Corporation Limited" had one side and gave no engagement. Such a brand, after a legal form
written first or not, is now China's. A listed company, a name with "Sino-" and another
country ("Sino-Kenya"), and a word that only begins with the letters read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.companies import company_country
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Sinohydro Corporation Limited", "CHN"),
        ("Sinosteel", "CHN"),
        ("Sinotrans Limited", "CHN"),
        ("JSC Sinoma International", "CHN"),
        # as before: a listed company, a country's pair, no brand
        ("Sinopec", "CHN"),
        ("Sino-Kenya Business Council", None),
        ("Sino Capital", None),
        ("Sinai Holdings", None),
    ],
)
def test_sino_brand_country(name: str, iso3: str | None) -> None:
    assert company_country(name) == iso3


def test_the_brand_is_a_side() -> None:
    text = (
        "Ghana's President John Mahama held talks with the Chairman of Sinohydro Corporation "
        "Limited, Mr. Zhang Jian, in Accra on Tuesday."
    )
    (event,) = extract_document(text, PUB).engagements
    assert event.countries == ("CHN", "GHA")
    orgs = [(p.name, p.country_iso3) for p in event.participants if p.participant_type == "organization"]
    assert orgs == [("Sinohydro Corporation Limited", "CHN")]
