"""A pair after "of" told where it holds is one matter, written for these tests.

"the free movement of people and goods within the WAEMU space" is one matter, the movement of
both: the setting after the pair ("within ...", "across the border") made the phrase too long
for a label, and it had been cut at the pair's "and" into "free movement of people" and "goods
within the WAEMU space". _setting_of_a_pair (topics.py) now cuts the phrase at the setting's
preposition after an "of" and two lower-case words joined by "and"; and _last_item_and no
longer takes an "and" inside a list's last item, after the "and" that joins it before its
article ("transport and the free movement of people and goods", "a new ferry and the rights of
traders and truck drivers"), for the "and" that joins two items. A short phrase with no
setting, a pair of longer items, and a list's items read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday
LEAD = "Senegalese Prime Minister Ousmane Sonko met Gambian President Adama Barrow in Banjul on Monday. "


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(LEAD + text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They discussed security, fisheries and the free movement of people and goods across the border.",
         [("security", "fisheries", "free movement of people and goods")]),
        ("They reviewed cooperation in energy, transport and the free movement of people and goods "
         "within the WAEMU space.",
         [("energy", "transport", "free movement of people and goods")]),
        ("The talks covered the smooth supply of fertiliser and fuel throughout the Sahel region.",
         [("smooth supply of fertiliser and fuel",)]),
        ("They discussed energy, a new ferry and the rights of traders and truck drivers.",
         [("energy", "ferry", "rights of traders and truck drivers")]),
        # near misses: no setting, a pair of longer items, a list's items
        ("They discussed the free movement of people and goods.", [("free movement of people and goods",)]),
        ("They discussed cashew processing and duty-free access for pigeon peas.",
         [("cashew processing", "duty-free access for pigeon peas")]),
        ("They discussed mining, defence and visa facilitation.",
         [("mining", "defence", "visa facilitation")]),
    ],
)  # fmt: skip
def test_pair_of_a_matter_held_somewhere(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
