"""The region's name before "city of X" is no venue, written for these tests.

"met in the Fergana Valley city of Osh" names the town after "city of"; the region before it
describes the town. When the region's name is a known city too (Fergana), the meeting had been
placed there, nearer the verb. A region that is no city ("the Red Sea city of Jeddah") and a
city named alone read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _places(text: str) -> list[str | None]:
    return [e.location for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uzbek President Shavkat Mirziyoyev and Kyrgyz President Sadyr Japarov met in the Fergana "
         "Valley city of Osh on Tuesday.", ["Osh"]),
        ("Tajik Foreign Minister Sirojiddin Muhriddin met his Kyrgyz counterpart Jeenbek Kulubaev "
         "in the Fergana Valley town of Batken on Tuesday.", ["Batken"]),
        # near misses: a region of no city; a city alone
        ("Saudi Foreign Minister Faisal bin Farhan met his Syrian counterpart Asaad al-Shaibani in "
         "the Red Sea city of Jeddah on Tuesday.", ["Jeddah"]),
        ("Uzbek President Shavkat Mirziyoyev met Kyrgyz President Sadyr Japarov in Fergana on "
         "Tuesday.", ["Fergana"]),
    ],
)  # fmt: skip
def test_region_before_a_town_of(text: str, expected: list[str | None]) -> None:
    assert _places(text) == expected
