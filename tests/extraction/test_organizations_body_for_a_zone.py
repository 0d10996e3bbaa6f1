"""A body named for the zone or corridor it runs, written for these tests.

"General Authority for Suez Canal Economic Zone", "Commission for the Lobito Corridor": an
agency's or a government's word before "for" heads the name, and the zone, corridor
or road it ends on is what the body runs. Such a name had been dropped as a zone (its last
word is one of the things no organization is named by), so the body's contract was lost.
`_body_for_a_thing` (organizations.py) keeps the run in `_plausible`. A zone, a corridor or a
bank's project named alone, and an "Exchange of Notes", read as before: no organization.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.organizations import find_organizations
from orchestration.extraction.pipeline import extract_document


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The General Authority for Suez Canal Economic Zone signed a port contract on Sunday.",
         ["General Authority for Suez Canal Economic Zone"]),
        ("The General Authority for the Suez Canal Economic Zone (SCZone) signed a contract.",
         ["General Authority for the Suez Canal Economic Zone (SCZone)"]),
        ("The Commission for the Lobito Corridor signed a rail contract on Sunday.",
         ["Commission for the Lobito Corridor"]),
        # as before: the zone, the corridor, a bank's project
        ("The minister toured the Suez Canal Economic Zone on Sunday.", []),
        ("Both sides discussed the China-Pakistan Economic Corridor (CPEC) on Sunday.", []),
        ("The Asian Development Bank for the Trans-Asian Highway project was discussed.", []),
        ("The two ministers signed an Exchange of Notes on Sunday.", []),
    ],
)  # fmt: skip
def test_the_body_is_an_organization(sentence: str, expected: list[str]) -> None:
    assert [o.name for o in find_organizations(sentence)] == expected


def test_the_body_is_a_side() -> None:
    text = (
        "Egypt's General Authority for Suez Canal Economic Zone signed a contract with China "
        "Energy Engineering Corporation in Cairo on Sunday."
    )
    (event,) = extract_document(text, date(2025, 3, 4)).engagements
    assert event.countries == ("CHN", "EGY")
    assert [(p.name, p.country_iso3) for p in event.participants] == [
        ("General Authority for Suez Canal Economic Zone", "EGY"),
        ("China Energy Engineering Corporation", "CHN"),
    ]
