""" "Bilateral relations" as a matter of the talks, written for these tests.

"X and Y discussed bilateral relations, the latest regional developments and the war in Sudan":
the relations themselves were on the table, and an analyst records "bilateral relations" as a
topic (the labelled corpus does, nine times); the item had been dropped, its two words being
framing words only. When "ways" of enhancing them follow ("reviewed bilateral relations and ways
to enhance them in energy and mining"), the fields named after are the matter and the bond only
frames them, as before; so do relations with a field ("bilateral relations in the field of
energy") and a bond raised to a new level ("agreed to elevate bilateral relations to ...").
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 3)
LEAD = (
    "RIYADH, June 3 (SPA) - King Salman received the President of Guinea-Bissau Umaro Sissoco Embalo in "
    "Jeddah on Monday"
)


def _topics(text: str) -> tuple[str, ...]:
    (e,) = extract_document(text, PUB, "Riyadh").engagements
    return e.topics


@pytest.mark.parametrize(
    ("tail", "topics"),
    [
        (" and discussed bilateral relations, regional developments and the war in Sudan.",
         ("bilateral relations", "regional developments", "war in Sudan")),
        (". They reviewed bilateral relations.", ("bilateral relations",)),
        (". The talks covered the bilateral relations and the Dakar-Bissau highway.",
         ("bilateral relations", "Dakar-Bissau highway")),
        (" and discussed bilateral relations as well as the situation in the Sahel.",
         ("bilateral relations", "situation in the Sahel")),
    ],
)  # fmt: skip
def test_the_relations_are_a_topic(tail: str, topics: tuple[str, ...]) -> None:
    assert _topics(LEAD + tail) == topics


@pytest.mark.parametrize(
    ("tail", "topics"),
    [
        (
            " and reviewed bilateral relations and ways to enhance them in energy and mining.",
            ("energy", "mining"),
        ),
        (" and reviewed bilateral relations in the field of energy.", ("energy",)),
        (" and agreed to elevate bilateral relations to a strategic partnership.", ()),
        (" and discussed ways to strengthen bilateral cooperation in fisheries.", ("fisheries",)),
    ],
)
def test_near_misses_stay_as_they_were(tail: str, topics: tuple[str, ...]) -> None:
    assert _topics(LEAD + tail) == topics
