"""A roundtable its host led, headed or moderated is a forum, written for these tests.

"X led a business roundtable with 35 Chinese importers in Shanghai" runs the table for many
firms, as "chaired a roundtable with firms" does: a forum. Before, "led" and "headed" were not
verbs of running it, and a roundtable "with" others was read as the two sides' meeting. A
roundtable held with someone ("held a roundtable with President X") stays a meeting.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _events(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.engagement_type, e.countries) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru's Minister of Foreign Trade and Tourism, Úrsula León, led a business roundtable "
         "with 35 Chinese importers in Shanghai on Tuesday.", [("forum", ("CHN", "PER"))]),
        ("Ghanaian Trade Minister Elizabeth Ofosu-Adjare headed a roundtable with Indian "
         "pharmaceutical firms in Hyderabad on Monday.", [("forum", ("GHA", "IND"))]),
        ("Thai Commerce Minister Pichai Naripthaphan moderated a roundtable with Saudi investors "
         "in Riyadh on Wednesday.", [("forum", ("SAU", "THA"))]),
        # near misses: chaired, as before; held with one leader, a meeting as before
        ("Peru's Trade Minister Úrsula León chaired a business roundtable with Chinese importers "
         "in Shanghai on Tuesday.", [("forum", ("CHN", "PER"))]),
        ("Peru's Trade Minister Úrsula León held a roundtable with Chinese President Xi Jinping in "
         "Beijing on Tuesday.", [("meeting", ("CHN", "PER"))]),
    ],
)  # fmt: skip
def test_roundtable_led_is_a_forum(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _events(text) == expected
