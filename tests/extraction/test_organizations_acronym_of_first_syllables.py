"""An acronym made of the first letters of each word spells a name across its "and", written
for these tests.

"The Malaysia External Trade Development Corporation (MATRADE) and Kenya Export Promotion and
Branding Agency (KEPROBA) signed" names two bodies, the second's acronym taking more than the
initial of some words (PRO-motion), as African, Latin American and Indonesian bodies are often
shortened. After the first name and its "and", the second's own "and" had cut it in two
("Kenya Export Promotion" and "Branding Agency (KEPROBA)"), as only initials were read across
it ("Oil and Natural Gas Corporation (ONGC)"). The first letters of each word, one or more,
now spell it too. A name whose words the acronym does not open in order stays two ("Equinor
and Natural Gas Corporation (NGC)").
"""

from __future__ import annotations

import pytest

from orchestration.extraction.organizations import find_organizations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Malaysia External Trade Development Corporation (MATRADE) and Kenya Export Promotion "
         "and Branding Agency (KEPROBA) signed an MoU in Nairobi on Tuesday.",
         ["Malaysia External Trade Development Corporation (MATRADE)",
          "Kenya Export Promotion and Branding Agency (KEPROBA)"]),
        ("The Zambia Development Agency (ZDA) and Zimbabwe Trade Promotion and Investment "
         "Corporation (ZIMTRAPIC) signed an MoU on Tuesday.",
         ["Zambia Development Agency (ZDA)",
          "Zimbabwe Trade Promotion and Investment Corporation (ZIMTRAPIC)"]),
        # as before: initials across the "and", and two names
        ("Oil and Natural Gas Corporation (ONGC) signed a deal on Tuesday.",
         ["Oil and Natural Gas Corporation (ONGC)"]),
        ("Equinor and Natural Gas Corporation (NGC) signed a deal on Tuesday.",
         ["Equinor", "Natural Gas Corporation (NGC)"]),
        ("Navoi Mining and Metallurgical Company (NMMC) signed a deal on Tuesday.",
         ["Navoi Mining and Metallurgical Company (NMMC)"]),
    ],
)  # fmt: skip
def test_acronym_of_first_syllables(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_organizations(text)] == expected
