"""A counterpart's borrowed office written as other governments write it, written for these
tests.

A counterpart named without a title holds the office of whom they are the counterpart of, but
"Indian External Affairs Minister X met his Surinamese counterpart Y" had given Y India's own
name for the office, "External Affairs Minister"; Y is Suriname's foreign minister. Styles only
one government gives an office ("External Affairs", India's "Union" ministers, a federation's
"Federal" ministers) are now borrowed as the other side writes them; the office as the first
person holds it, and other offices, read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document
from orchestration.extraction.titles import counterpart_office

PUB = date(2025, 3, 4)  # a Tuesday


@pytest.mark.parametrize(
    ("title", "office"),
    [
        ("External Affairs Minister", "Foreign Minister"),
        ("Minister of External Affairs", "Minister of Foreign Affairs"),
        ("Minister of State for External Affairs", "Minister of State for Foreign Affairs"),
        ("Union Commerce Minister", "Commerce Minister"),
        ("Federal Minister for Commerce", "Minister for Commerce"),
        # as before
        ("Foreign Minister", "Foreign Minister"),
        ("Federal Chancellor", "Federal Chancellor"),
        ("Deputy Prime Minister and Foreign Minister", "Foreign Minister"),
    ],
)
def test_the_office_as_the_other_side_writes_it(title: str, office: str) -> None:
    assert counterpart_office(title) == office


def test_the_counterpart_in_an_engagement() -> None:
    text = (
        "NEW DELHI, March 3 (PTI) - External Affairs Minister Subrahmanyam Jaishankar on Monday held "
        "talks with his Surinamese counterpart Albert Ramdin in New Delhi."
    )
    (event,) = extract_document(text, PUB).engagements
    titles = {p.name: (p.title, p.country_iso3) for p in event.participants}
    assert titles == {
        "Subrahmanyam Jaishankar": ("External Affairs Minister", "IND"),
        "Albert Ramdin": ("Foreign Minister", "SUR"),
    }
