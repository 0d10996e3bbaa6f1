"""Mining, metals and commodity companies that sign deals abroad, added to the companies
lexicon, written for these tests.

"Ivanhoe Mines founder X met the Congolese mines minister in Kinshasa" had made X and his
company Congolese, the country of the place where they met, since nothing in the sentence
tells where Ivanhoe Mines has its head office. lexicons/companies.tsv now lists Ivanhoe Mines,
Kinross Gold, Newmont, Albemarle, Eramet, Endeavour Mining, Perseus Mining, Severstal, Louis
Dreyfus Company, Tengizchevroil, Kazakhmys and Eurasian Resources Group, so they are found by
name alone and carry their own country.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _companies(text: str) -> list[tuple[str, str | None]]:
    (event,) = extract_document(text, PUB).engagements
    return [(p.name, p.country_iso3) for p in event.participants if p.participant_type == "organization"]


@pytest.mark.parametrize(
    ("company", "country"),
    [
        ("Ivanhoe Mines", "CAN"),
        ("Kinross Gold", "CAN"),
        ("Newmont", "USA"),
        ("Albemarle", "USA"),
        ("Eramet", "FRA"),
        ("Endeavour Mining", "GBR"),
        ("Perseus Mining", "AUS"),
        ("Severstal", "RUS"),
        ("Louis Dreyfus Company", "NLD"),
        ("Tengizchevroil", "KAZ"),
        ("Kazakhmys", "KAZ"),
        ("Eurasian Resources Group", "KAZ"),
    ],
)
def test_a_listed_company_keeps_its_own_country(company: str, country: str) -> None:
    text = f"Malian Mines Minister Awa Sidibe met {company} chairman Peter Holm in Bamako on Monday."
    assert _companies(text) == [(company, country)]


def test_a_company_named_bare_signs_as_a_side() -> None:
    text = (
        "Malian Mines Minister Awa Sidibe and Ivanhoe Mines signed an exploration agreement in "
        "Bamako on Monday."
    )
    assert _companies(text) == [("Ivanhoe Mines", "CAN")]
