"""A gerund of reception that opens the sentence tells a meeting, written for these tests.

"Hosting Botswana's President X in Pretoria on Tuesday, South African President Y said ..."
tells, first, the aside that "Y said ... while hosting X" tells last. The gerund was a cue only
after "while", "when" or "after", so the sentence had been passed over, and where it had not,
"Hosting Botswana" had been read as a company whose president X is (and a side of it). A
capitalized "Receiving", "Hosting" or "Welcoming" opening a sentence now cues its meeting
(`engagements._OPENING_GERUNDS`, `engagement_clauses._verb_family`), and it is no word of a
body's name before a possessive or a title (`titles._OPENING_GERUNDS`, also "Meeting").
Unchanged: a gerund opening on no person ("Hosting the summit next year, ...", "Receiving aid
from Japan, ..."), one in a sentence's subject ("Hosting talks with Japan is a priority"), and
one that tells no day ("Welcoming Minister X, Y affirmed ..."), which goes on with the meeting
told before it (`engagements._DAY_TOLD`).
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 13)  # a Friday


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str | None, ...]]]:
    return [
        (
            e.engagement_type,
            e.countries,
            tuple(p.name for p in e.participants),
            tuple(p.organization for p in e.participants),
        )
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hosting Botswana's President Duma Boko in Pretoria on Tuesday, South African President "
         "Cyril Ramaphosa said the two countries would deepen energy ties.",
         [("meeting", ("BWA", "ZAF"), ("Duma Boko", "Cyril Ramaphosa"), (None, None))]),
        ("Receiving President Duma Boko of Botswana in Pretoria on Tuesday, South African President "
         "Cyril Ramaphosa called for a joint power project.",
         [("meeting", ("BWA", "ZAF"), ("Duma Boko", "Cyril Ramaphosa"), (None, None))]),
        ("Welcoming Kenyan President William Ruto on Tuesday, Ugandan President Yoweri Museveni praised "
         "the two countries' ties.",
         [("meeting", ("KEN", "UGA"), ("William Ruto", "Yoweri Museveni"), (None, None))]),
        ("Meeting Botswana's President Duma Boko in Pretoria on Tuesday, South African President Cyril "
         "Ramaphosa said the two countries would deepen energy ties.",
         [("meeting", ("BWA", "ZAF"), ("Duma Boko", "Cyril Ramaphosa"), (None, None))]),
        # near misses: no person received, or the gerund is the subject
        ("Hosting the summit next year, Kenya will welcome leaders from across the region.", []),
        ("Receiving aid from Japan, Kenya expanded its port at Mombasa.", []),
        ("Hosting talks with Japan is a priority for Kenya, its foreign minister said.", []),
        # an undated aside goes on with the meeting told before it
        ("Thai Commerce Minister Pichai Naripthaphan received Norwegian Trade Minister Cecilie "
         "Myrseth in Bangkok on Tuesday. Welcoming Minister Myrseth, Pichai said Thailand valued "
         "Norway's support for its fisheries reform.",
         [("meeting", ("NOR", "THA"), ("Pichai Naripthaphan", "Cecilie Myrseth"), (None, None))]),
    ],
)  # fmt: skip
def test_an_opening_reception_gerund_tells_the_meeting(
    text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str | None, ...]]]
) -> None:
    assert _events(text) == expected
