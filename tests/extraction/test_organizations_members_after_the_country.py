"""An association named for the members it is of, after its country, written for these tests.

"the Federation of Uganda Manufacturers" had been cut to "Federation of Uganda" (a country
closed the "of" complement), and "Chairman of the Federation of Kenya Employers Wanjiku Otieno"
had run the body into the name and lost the chairman. A plural noun of members right after
the country ("Manufacturers", "Exporters", "Employers") is the association's last word; a bank
or other body with no members keeps the country last.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.organizations import find_organizations
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The minister met the Federation of Uganda Manufacturers on Friday.",
         "Federation of Uganda Manufacturers"),
        ("Delegates of the Association of Ghana Exporters arrived on Friday.",
         "Association of Ghana Exporters"),
        ("He addressed the Union of Malawi Traders (UMT) on Friday.", "Union of Malawi Traders (UMT)"),
        # as before: no members after the country, and a body that has none
        ("The minister met the Chamber of Mines of Zambia on Friday.", "Chamber of Mines of Zambia"),
        ("Officials of the Bank of Uganda Traders arrived on Friday.", "Bank of Uganda"),
    ],
)  # fmt: skip
def test_members_end_the_name(sentence: str, name: str) -> None:
    assert name in [o.name for o in find_organizations(sentence)]


@pytest.mark.parametrize(
    "text",
    [
        "Chairman of the Federation of Kenya Employers Wanjiku Otieno",
        "Chairman of the Federation of Kenya Employers, Wanjiku Otieno,",
    ],
)
def test_the_officer_after_the_members(text: str) -> None:
    text += " met Tanzanian Trade Minister Baraka Mwinyi in Arusha on Monday."
    (event,) = extract_document(text, PUB).engagements
    people = {p.name: (p.title, p.country_iso3, p.organization) for p in event.participants}
    assert people["Wanjiku Otieno"] == ("Chairman", "KEN", "Federation of Kenya Employers")
