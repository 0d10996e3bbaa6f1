"""Miners and state builders that sign across borders, listed, written for these tests.

De Beers, Debswana, Vinacomin, Masen, CITIC, Sinomach and CRBC (China Road and Bridge
Corporation) sign supply, sales and construction deals abroad; named alone, with no company
word, they had been no organization (and "De Beers", its particle first, no name at all), so
a deal between one of them and a foreign firm had one side and was lost. companies.tsv now
lists them with their head office's country. Firms the grammar reads by their company word
read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.organizations import find_organizations
from orchestration.extraction.pipeline import extract_document


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Debswana signed a sales agreement with De Beers on Monday.",
         [("Debswana", "BWA"), ("De Beers", "GBR")]),
        ("Vinacomin signed a coal supply deal on Monday.", [("Vinacomin", "VNM")]),
        ("Masen signed a power purchase deal on Monday.", [("Masen", "MAR")]),
        ("CITIC signed a construction deal on Monday.", [("CITIC", "CHN")]),
        # as before: a company word makes the name
        ("China Road and Bridge Corporation signed a construction deal on Monday.",
         [("China Road and Bridge Corporation", "CHN")]),
        ("Botswana's Debswana Diamond Company signed a sales deal on Monday.",
         [("Debswana Diamond Company", "BWA")]),
    ],
)  # fmt: skip
def test_the_listed_firm_is_an_organization(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


def test_the_deal_has_two_sides() -> None:
    text = "Vinacomin signed a coal supply deal with Indonesia's PT Bukit Asam Tbk in Jakarta on Monday."
    (event,) = extract_document(text, date(2025, 3, 4)).engagements
    assert event.countries == ("IDN", "VNM")
