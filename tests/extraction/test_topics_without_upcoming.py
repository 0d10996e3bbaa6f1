"""An upcoming event discussed is a topic without "upcoming", written for these tests.

"exchanged views on the upcoming session of the Joint Permanent Commission": the event is the
topic, and "upcoming" or "forthcoming", like "new" or "current", frames it (it had stayed in the
label, or made it too long to keep). After a word of the matter itself the word reads as before
("youth employment in upcoming industries" keeps it).
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 15)  # a Wednesday
LEAD = (
    "Botswana's Foreign Minister Phenyo Butale held talks with Namibian Foreign Minister Selma "
    "Ashipala-Musavyi in Gaborone on Monday. "
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(LEAD + text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They exchanged views on the upcoming session of the Joint Permanent Commission.",
         [("session of the Joint Permanent Commission",)]),
        ("They discussed preparations for the forthcoming summit of SADC leaders.",
         [("summit of SADC leaders",)]),
        # near miss: the word after a word of the matter stays
        ("They discussed youth employment in upcoming industries.",
         [("youth employment in upcoming industries",)]),
    ],
)  # fmt: skip
def test_upcoming_event_is_a_topic_without_upcoming(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
