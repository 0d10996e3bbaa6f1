"""A utility's two trades joined by "and" inside its name, written for these tests.

"Kenya Power and Lighting Company PLC", "Lusaka Water and Sewerage Company": the walk left
from the company word crosses "and" only between two industry words, and "Lighting" and
"Sewerage" were none, so the name had been split in two ("Kenya Power", "Lighting Company
PLC"; "Lusaka Water", "Sewerage Company"). The industry list (organizations.tsv) now holds
the utilities' trades: lighting, light, heating, sewerage, sanitation. Two firms joined by
"and" read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.organizations import find_organizations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kenya Power and Lighting Company PLC signed a supply deal on Monday.",
         [("Kenya Power and Lighting Company PLC", "KEN")]),
        ("Lusaka Water and Sewerage Company signed a supply deal on Monday.",
         [("Lusaka Water and Sewerage Company", "ZMB")]),
        ("Nairobi City Water and Sanitation Company signed a supply deal on Monday.",
         [("Nairobi City Water and Sanitation Company", "KEN")]),
        # as before: two firms
        ("Kenya Power and Tanzania Electric signed a supply deal on Monday.",
         [("Kenya Power", "KEN"), ("Tanzania Electric", "TZA")]),
    ],
)  # fmt: skip
def test_the_utility_is_one_name(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected
