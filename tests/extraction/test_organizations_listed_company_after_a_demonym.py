"""A known company written after its country's demonym, before an officer's title, written for
these tests.

"Chinese Huawei chairman X" had made the organization "Chinese Huawei", the demonym read as a
word of the company's name (as it is of "Turkish Airlines" or "Kazakh Invest"). When what
follows the demonym is a company lexicons/companies.tsv lists, the demonym only tells its
country, and the company is named as the lexicon has it; a name the lexicon lists with its
demonym, or does not list, keeps the demonym as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _officer_and_organizations(text: str) -> tuple[tuple[str | None, str | None], list[str]]:
    (event,) = extract_document(text, PUB).engagements
    officer = next(p for p in event.participants if p.participant_type == "person" and p.organization)
    organizations = [p.name for p in event.participants if p.participant_type == "organization"]
    return (officer.country_iso3, officer.organization), organizations


@pytest.mark.parametrize(
    ("text", "company", "country"),
    [
        ("Bolivian Mining Minister Tomasa Quispe met Chinese Huawei chairman Bao Renshu in La Paz "
         "on Monday.", "Huawei", "CHN"),
        ("Bolivian Mining Minister Tomasa Quispe met Russian Rosatom head Ilya Dorokhov in La Paz "
         "on Monday.", "Rosatom", "RUS"),
        ("Bolivian Mining Minister Tomasa Quispe met Russian Rosatom's head Ilya Dorokhov in La Paz "
         "on Monday.", "Rosatom", "RUS"),
        ("Bolivian Mining Minister Tomasa Quispe held talks in La Paz on Monday with French Orano "
         "chief executive Lucien Marchal.", "Orano", "FRA"),
        ("Bolivian Mining Minister Tomasa Quispe met Kazakh Samruk-Kazyna chairman Yerlan Sadykov "
         "in La Paz on Monday.", "Samruk-Kazyna", "KAZ"),
        # the demonym is the listed name's own word, or the name is no listed company: kept
        ("Bolivian Mining Minister Tomasa Quispe met Turkish Airlines chairman Cem Aydın in La Paz "
         "on Monday.", "Turkish Airlines", "TUR"),
        ("Bolivian Mining Minister Tomasa Quispe met Russian Railways chief Ilya Dorokhov in La Paz "
         "on Monday.", "Russian Railways", "RUS"),
        ("Bolivian Mining Minister Tomasa Quispe met Kazakh Invest chairman Yerlan Sadykov in La Paz "
         "on Monday.", "Kazakh Invest", "KAZ"),
    ],
)  # fmt: skip
def test_listed_company_named_without_its_demonym(text: str, company: str, country: str) -> None:
    assert _officer_and_organizations(text) == ((country, company), [company])
