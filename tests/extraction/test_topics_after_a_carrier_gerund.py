"""A bond carried by a gerund before its fields, written for these tests.

A verb of discussion takes the carrier verb as a gerund ("discussed expanding cooperation in
mining", "focused on boosting ties in tourism") where a purpose clause takes it as an
infinitive ("to expand cooperation in mining"): both frame the fields after them, which are the
topics. The gerund had been kept in the first item ("expanding cooperation in mining and
renewable energy").
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 9, 18)  # a Thursday
OPENING = "The Mongolian foreign minister received the Chilean ambassador on Tuesday. "


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(OPENING + text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sides discussed expanding cooperation in copper mining and solar energy.",
         [("copper mining", "solar energy")]),
        ("They exchanged views on enhancing bilateral ties in tourism, aviation and education.",
         [("tourism", "aviation", "education")]),
        ("The talks focused on boosting cooperation in the fields of lithium and health.",
         [("lithium", "health")]),
        ("The two ministers considered promoting partnership in fisheries.", [("fisheries",)]),
        # the infinitive as before; a gerund whose object is no bond frames that matter (see
        # test_topics_growth_sought_of_a_matter.py)
        ("The sides discussed ways to expand cooperation in copper mining.", [("copper mining",)]),
        ("The sides discussed promoting investment in copper mining.",
         [("investment in copper mining",)]),
    ],
)  # fmt: skip
def test_gerund_carrier_is_framing(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
