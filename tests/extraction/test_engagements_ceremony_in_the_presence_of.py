"""A ceremony performed in the presence of another country's official is their meeting, written
for these tests.

"Kenyan President William Ruto inaugurated the Kisumu port in the presence of Ugandan President
Yoweri Museveni on Tuesday": the guest of honour stood by as the host performed it, so the two
met there, as "X and Y inaugurated the port" tells; it had given no engagement. _ceremony_together
(engagement_clauses.py) takes a titled, named subject of a ceremony verb (et.CEREMONY_VERBS) whose
clause goes on to "in the presence of" and a demonym, a capitalised title or "his ... counterpart"
(_in_presence_of_official), and engagements._sentence_kind reads such a sentence for its events.
A speech "in the presence of" (no ceremony verb), a ceremony "in the absence of" someone, and a
signing in the presence of two leaders read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday
RUTO = "Kenyan President William Ruto "


def _read(text: str) -> list[tuple[str | None, object, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.countries) for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RUTO + "inaugurated the Kisumu port in the presence of Ugandan President Yoweri Museveni on "
         "Tuesday.",
         [("meeting", date(2025, 6, 10), ("KEN", "UGA"))]),
        (RUTO + "opened the Kisumu trade fair in the presence of his Ugandan counterpart Yoweri Museveni on "
         "Tuesday.", [("meeting", date(2025, 6, 10), ("KEN", "UGA"))]),
        (RUTO + "launched the ferry service in the presence of President Yoweri Museveni of Uganda on "
         "Tuesday.",
         [("meeting", date(2025, 6, 10), ("KEN", "UGA"))]),
        # near misses: no ceremony verb, "in the absence of", a signing witnessed by two leaders
        (RUTO + "addressed a rally in Kisumu on Tuesday in the presence of Ugandan President Yoweri "
         "Museveni.", []),
        (RUTO + "opened the Kisumu trade fair on Tuesday in the absence of Ugandan President Yoweri "
         "Museveni.", []),
        ("The agreements were signed in the presence of Kenyan President William Ruto and Ugandan President "
         "Yoweri Museveni in Kisumu on Tuesday.", [("agreement", date(2025, 6, 10), ("KEN", "UGA"))]),
    ],
)  # fmt: skip
def test_ceremony_in_the_presence_of(text: str, expected: list[tuple[str, date, tuple[str, ...]]]) -> None:
    assert _read(text) == expected
