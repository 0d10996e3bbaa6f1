"""Talks "centred on" a matter, written for these tests.

"The talks centred on X" tells what was discussed as "focused on X" does, and so does
"centered on" and "centring around". Before, only a meeting noun with its "on" close by
opened the matter ("Talks between A and B centred on X"); after a comma ("The talks between A
and B, held in Abuja on Monday, centred on X") or in a sentence of its own after the meeting
the matter was lost. Without its "on" the word names no matter ("Africa-centred").
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _topics(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.engagement_type, e.topics) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks between Kenya's President Amani Otieno and Tanzania's President Neema Mushi, "
         "held in Arusha on Monday, centred on the oil pipeline.", [("meeting", ("oil pipeline",))]),
        ("Kenya's President Amani Otieno met Tanzania's President Neema Mushi in Arusha on Monday. "
         "Their discussions, which lasted four hours, centered on fishing rights.",
         [("meeting", ("fishing rights",))]),
        ("Kenya's President Amani Otieno met Tanzania's President Neema Mushi in Arusha on Monday, "
         "with the conversation centring around the electricity grid.",
         [("meeting", ("electricity grid",))]),
        ("Kenya's President Amani Otieno spoke by phone with Tanzania's President Neema Mushi on "
         "Monday. The call centered upon rail freight tariffs.", [("phone_call", ("rail freight tariffs",))]),
        # near misses: no "on", no matter; the close "on" after the noun as before
        ("Kenya's President Amani Otieno met Tanzania's President Neema Mushi on Monday at an "
         "Africa-centred research hub in Arusha.", [("meeting", ())]),
        ("Talks between Kenya's President Amani Otieno and Tanzania's President Neema Mushi "
         "centred on the oil pipeline.", [("meeting", ("oil pipeline",))]),
    ],
)  # fmt: skip
def test_centred_on_opens_the_matter(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _topics(text) == expected
