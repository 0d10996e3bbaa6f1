"""A French "Office" or "Port" before one adjective and "des", written for these tests.

A French state body often opens with "Office" or "Port" and a national or other adjective no
list can hold, then "de", "des" or "du" ("Office Chérifien des Phosphates", "Office Tunisien du
Commerce"): such names had given no organization (only a listed adjective, "National" or
"Autonome", or a particle right after the keyword opened one), so the body was lost as a side.
`_romance_name_follows` (organizations.py) now also takes one capitalized word after the
keyword when a French "of" follows it. "Port Klang", "Office Depot" and a keyword with a
listed adjective read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.organizations import find_organizations
from orchestration.extraction.pipeline import extract_document


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Office Chérifien des Phosphates signed a supply deal on Friday.",
         [("Office Chérifien des Phosphates", "MAR")]),
        ("Office Cherifien des Phosphates (OCP) signed a supply deal on Friday.",
         [("Office Cherifien des Phosphates (OCP)", "MAR")]),
        ("Office Tunisien du Commerce signed a supply deal on Friday.",
         [("Office Tunisien du Commerce", "TUN")]),
        # as before: a listed adjective, a place, a brand
        ("Office National des Hydrocarbures signed a supply deal on Friday.",
         [("Office National des Hydrocarbures", None)]),
        ("The ship docked at Port Klang on Friday.", []),
        ("Office Depot signed a supply deal on Friday.", []),
    ],
)  # fmt: skip
def test_the_office_is_an_organization(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


def test_the_office_is_a_side() -> None:
    text = (
        "Office Chérifien des Phosphates signed a fertilizer supply agreement with Ethiopia's "
        "Ministry of Agriculture in Addis Ababa on Monday."
    )
    (event,) = extract_document(text, date(2025, 3, 4)).engagements
    assert event.countries == ("ETH", "MAR")
    assert [p.name for p in event.participants] == ["Office Chérifien des Phosphates"]
