"""A currency word qualified by its country's name rather than its adjective: "Fiji dollars",
"Djibouti francs", "Malawi kwacha", "Nepal rupees", "Vanuatu vatu". Written for these tests.

The name had parted the scale from its unit, so the amount was no money at all. A name now
settles the unit as the country's adjectives do in the unit's table; a name no entry of that
table answers to names no money, as before, unless the unit is of one country only.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.money import find_money


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kava sales abroad earned 41 million Fiji dollars last season.", [(41e6, "FJD")]),
        ("The port collected 9.5 billion Djibouti francs in transit fees.", [(9.5e9, "DJF")]),
        ("Tobacco brought in 310 billion Malawi kwacha at the auction floors.", [(310e9, "MWK")]),
        ("Remittances topped 1.2 trillion Nepal rupees in the year.", [(1.2e12, "NPR")]),
        ("Copra shipments fetched 800 million Vanuatu vatu.", [(800e6, "VUV")]),
        # as before: the adjective, the bare word, and a name the unit's table does not answer to
        ("Kava sales abroad earned 41 million Fijian dollars last season.", [(41e6, "FJD")]),
        ("Kava sales abroad earned 41 million dollars last season.", [(41e6, "USD")]),
        ("Kava sales abroad earned 41 million Chad dollars last season.", []),
    ],
)  # fmt: skip
def test_currency_named_by_its_country(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(m.value, m.currency) for m in find_money(text)] == expected
