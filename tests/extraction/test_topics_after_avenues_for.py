"""Avenues for cooperation frame a topic as ways do, written for these tests.

"explored avenues for cooperation in the areas of fisheries": the avenues are the framing of
the field, as "ways to enhance cooperation in" is, and the field is the topic (the run had been
too long to be a label and was lost, or kept "avenues for" in it). Words after "avenues" that
name no framing are the topic's ("avenues of investment in mining" gives "investment in
mining"), and a topic without "avenues" reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 15)  # a Wednesday
LEAD = (
    "Ghanaian Trade Minister Elizabeth Ofosu-Adjare met Ivorian Commerce Minister Souleymane "
    "Diarrassouba in Accra on Monday. "
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(LEAD + text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers also explored avenues for cooperation in the areas of fisheries.", [("fisheries",)]),
        ("They explored avenues for cooperation in agro-processing.", [("agro-processing",)]),
        ("They discussed new avenues of investment in mining.", [("investment in mining",)]),
        # near miss: no avenues
        ("They discussed investment in mining.", [("investment in mining",)]),
    ],
)  # fmt: skip
def test_avenues_frame_a_topic(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
