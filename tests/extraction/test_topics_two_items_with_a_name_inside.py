"""Two topics joined by "and" when one holds a name, written for these tests.

"talked about the Nacala-Beira rail corridor and tobacco auctions": two matters, as "trade and
energy" are (the pair had been kept whole for its capital). "and" between capitalised words
("Trinidad and Tobago") or between names only ("Mozambique and Tanzania"), a short item opening
on a demonym ("Zambian copper and cobalt smelters") and a lower-case compound ("two-way trade
and investment") still join one phrase.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 13)  # a Monday
LEAD = (
    "Malawian President Peter Mutharika held talks with Zambian President Hakainde Hichilema in "
    "Lilongwe on Sunday. The two leaders talked about "
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(text, PUB, "Lilongwe").engagements]


@pytest.mark.parametrize(
    ("matter", "expected"),
    [
        ("the Nacala-Beira rail corridor and tobacco auctions.",
         [("Nacala-Beira rail corridor", "tobacco auctions")]),
        ("maize exports and the Mwami border post.", [("maize exports", "Mwami border post")]),
        # near misses: one name, names only, an adjective of origin or a lower-case compound that
        # may qualify both items
        ("Zambian copper and cobalt smelters.", [("Zambian copper and cobalt smelters",)]),
        ("two-way trade and investment.", [("two-way trade and investment",)]),
        ("Trinidad and Tobago.", [("Trinidad and Tobago",)]),
        ("Mozambique and Tanzania.", [("Mozambique and Tanzania",)]),
    ],
)  # fmt: skip
def test_a_name_inside_an_item_leaves_two_items(matter: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(LEAD + matter) == expected
