"""A plural field noun that every item of a list before it shares, written for these tests.

"cooperation in the energy, mining and agriculture sectors" names three fields: "energy",
"mining" and "agriculture"; the last item had kept the noun all three share ("agriculture
sectors"). After a list of bare modifiers that a determiner opens, the last item loses it; a
list of nouns ("tourism, fisheries and service industries"), a lone pair ("the energy and
mining sectors") and a clause's words before the list keep it.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday
LEAD = (
    "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Omani Foreign Minister Badr "
    "Albusaidi in Doha on Monday. "
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(text, PUB, "Doha").engagements]


@pytest.mark.parametrize(
    ("matter", "expected"),
    [
        ("They discussed cooperation in the energy, mining and agriculture sectors.",
         [("energy", "mining", "agriculture")]),
        ("They discussed cooperation in the oil, gas and renewable energy fields.",
         [("oil", "gas", "renewable energy")]),
        ("They discussed cooperation in the tourism, banking, and food security areas.",
         [("tourism", "banking", "food security")]),
        # near misses: a list of nouns, a clause before the list, and a lone pair
        ("They discussed tourism, fisheries and service industries.",
         [("tourism", "fisheries", "service industries")]),
        ("The sides discussed tourism, fisheries and service industries.",
         [("tourism", "fisheries", "service industries")]),
        ("They discussed trade, investment and protected areas.",
         [("trade", "investment", "protected areas")]),
        ("They discussed cooperation in the energy and mining sectors.", [("energy and mining sectors",)]),
    ],
)  # fmt: skip
def test_the_shared_noun_leaves_the_last_item(matter: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(LEAD + matter) == expected
