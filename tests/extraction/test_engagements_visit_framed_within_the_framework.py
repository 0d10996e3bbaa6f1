"""A visit of a stated kind told "within the framework of", written for these tests.

"Within the framework of his official visit to Zambia, X met Y in Livingstone": the phrase of
translated agency prose sets the day's news inside the visit as "during" and "as part of" do,
so the visit is told with the meeting (it had been lost as a pointer at a visit told before).
A visit of no stated kind, and background in the past perfect, stay as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 7, 17)  # a Thursday


Kinds = list[tuple[str, tuple[str, ...]]]


def _kinds(text: str) -> Kinds:
    return sorted((e.engagement_type, e.countries) for e in extract_document(text, PUB).engagements)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Within the framework of his official visit to Zambia, Malawian President Peter Mutharika met "
         "Zambian President Hakainde Hichilema in Livingstone on Wednesday.",
         [("meeting", ("MWI", "ZMB")), ("visit", ("MWI", "ZMB"))]),
        ("In the framework of the working visit to Zambia, Malawian President Peter Mutharika met "
         "Zambian President Hakainde Hichilema in Livingstone on Wednesday.",
         [("meeting", ("MWI", "ZMB")), ("visit", ("MWI", "ZMB"))]),
        # near misses: a visit of no stated kind, and background in the past perfect
        ("Within the framework of the visit, Malawian President Peter Mutharika met Zambian President "
         "Hakainde Hichilema in Livingstone on Wednesday.", [("meeting", ("MWI", "ZMB"))]),
        ("Malawian President Peter Mutharika had met Zambian President Hakainde Hichilema in Livingstone "
         "within the framework of his working visit to Zambia.", [("meeting", ("MWI", "ZMB"))]),
    ],
)  # fmt: skip
def test_a_visit_told_within_the_framework_frames_the_news(text: str, expected: Kinds) -> None:
    assert _kinds(text) == expected
