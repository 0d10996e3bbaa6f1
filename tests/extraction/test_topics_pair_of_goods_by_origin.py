"""Two goods each after its country's demonym read as one pair, written for these tests.

"market access for Fijian kava and Tongan vanilla": the pair of goods, each with the demonym of
where it comes from, is one matter as "diplomatic and official passports" is, and may run a
label over its length by two words (_pair_of_origins, topics.py); the phrase had been too long
for a label and lost. A run that ends elsewhere, or a pair with no demonyms, reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday
LEAD = "Fijian Trade Minister Manoa Kamikamica met Tongan Trade Minister Viliami Latu in Suva on Tuesday"


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(LEAD + text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" to discuss market access for Fijian kava and Tongan vanilla.",
         [("market access for Fijian kava and Tongan vanilla",)]),
        (". They discussed duty-free market access for Fijian kava and Tongan vanilla.",
         [("duty-free market access for Fijian kava and Tongan vanilla",)]),
        # near misses: the run ends past the pair, a pair with no demonyms, a short pair
        (". They discussed the high tariffs on Fijian kava and Tongan vanilla in the region.", [()]),
        (". They discussed new duty-free market access rules for kava and vanilla.", [()]),
        (". They discussed Fijian kava and Tongan vanilla.", [("Fijian kava and Tongan vanilla",)]),
    ],
)  # fmt: skip
def test_pair_of_goods_by_origin(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
