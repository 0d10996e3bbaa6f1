"""What the main clause agreed is the topic of talks told in a participle or a "following" anchor,
written for these tests.

"Fijian Prime Minister X and Tongan Prime Minister Y, meeting in Suva on Tuesday, agreed to open a
direct shipping route": the meeting is told by the participle, what they agreed by the main
clause, which tells no event of its own; its matter is the meeting's, as "During the talks, X
discussed ..." gives the talks the main clause's matter (so "Fiji and Tonga have agreed to open a
direct shipping route, following talks between ..."). _unit_topic (engagements.py) adds the
topic tokens of a main clause with no trigger to a participle's event and to a "following"
anchor's (_OCCASION_ANCHORS). The fronted participle ("Meeting in Suva on Tuesday, X and Y
agreed ...") and a main clause with its own event read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday
PAIR = "Fijian Prime Minister Sitiveni Rabuka and Tongan Prime Minister Aisake Eke"


def _read(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(e.engagement_type, e.topics) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PAIR + ", meeting in Suva on Tuesday, agreed to open a direct shipping route.",
         [("meeting", ("direct shipping route",))]),
        ("Fiji and Tonga have agreed to open a direct shipping route, following talks between Prime "
         "Ministers Sitiveni Rabuka and Aisake Eke in Suva on Tuesday.",
         [("meeting", ("direct shipping route",))]),
        # near misses: the fronted participle, and a main clause with an event of its own
        ("Meeting in Suva on Tuesday, " + PAIR + " agreed to open a direct shipping route.",
         [("meeting", ("direct shipping route",))]),
        (PAIR + ", meeting in Suva on Tuesday, signed a shipping agreement.",
         [("agreement", ("shipping agreement",)), ("meeting", ())]),
    ],
)  # fmt: skip
def test_agreed_by_sides_meeting_or_following_talks(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _read(text) == expected
