"""The kind of visit a verb of arrival goes on to, written for these tests.

"X arrived in Hanoi on a three-day state visit" tells a state visit as "X began a state visit"
does: the visit's label is the kind before the visit noun the arrival's clause goes on to,
before a comma or the sentence's end. Before, only the word before the trigger was read, and
the arrival ("arrived", "landed") has no kind before it, so the label was lost. A visit noun
after a comma (a new clause) and a visit without a kind give no label, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _visit_topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(text, PUB).engagements if e.engagement_type == "visit"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chilean President Gabriel Boric arrived in Hanoi on a three-day state visit to Vietnam "
         "on Sunday.", [("state visit",)]),
        ("Gambian President Adama Barrow landed in Dakar on Monday for a working visit.",
         [("working visit",)]),
        ("Sri Lankan President Anura Kumara Dissanayake arrived in New Delhi on Sunday for a "
         "three-day state visit.", [("state visit",)]),
        ("Fijian Prime Minister Sitiveni Rabuka arrived in Wellington on Tuesday on an official "
         "visit.", [("official visit",)]),
        # near misses: the kind before the trigger, as before; a visit of no kind gives none
        ("Chilean President Gabriel Boric began a three-day state visit to Vietnam on Sunday.",
         [("state visit",)]),
        ("Gambian President Adama Barrow arrived in Dakar on Monday for a visit.", [()]),
    ],
)  # fmt: skip
def test_visit_kind_after_arrival(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _visit_topics(text) == expected
