"""A list's last "and" before a route's "between" parts two items, written for these tests.

"discussed labour mobility, fisheries surveillance and direct air links between Suva and
Honiara": the list's last "and" joins "fisheries surveillance" to "direct air links between Suva
and Honiara"; as the item held "between", no "and" of it was taken for the list's, and the
whole, too long for a label, was lost. _last_item_and (topics.py) now skips only the "and" the
preposition governs and one of words sharing a noun before it (_before_a_pair_of_places: two
words or more on each side of the "and", before the "between"). "cargo and passenger flights
between ...", "tourism and flights between ..." and "trade and cooperation between the two
countries" read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday
LEAD = (
    "Fijian Prime Minister Sitiveni Rabuka met Solomon Islands Prime Minister Jeremiah Manele in Suva "
    "on Tuesday. They discussed labour mobility, "
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(LEAD + text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fisheries surveillance and direct air links between Suva and Honiara.",
         [("labour mobility", "fisheries surveillance", "direct air links between Suva and Honiara")]),
        ("border security and regular shipping services between Suva and Honiara.",
         [("labour mobility", "border security", "regular shipping services between Suva and Honiara")]),
        # near misses: words sharing a noun, a one-word item, the sides named again
        ("cargo and passenger flights between Suva and Honiara.", [("labour mobility",)]),
        ("tourism and flights between Suva and Honiara.",
         [("labour mobility", "tourism and flights between Suva and Honiara")]),
        ("trade and cooperation between the two countries.", [("labour mobility", "trade and cooperation")]),
    ],
)  # fmt: skip
def test_list_item_before_a_route(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
