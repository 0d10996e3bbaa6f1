"""A speaker named and titled in apposition before the closing speech verb reports the event
(written for these tests).

"The UAE and Kenya have concluded negotiations on a trade deal, Dr Salem Al Mansoori, Minister
of State for Foreign Trade, announced on Tuesday." names who reported the talks, as "...,
Minister of State Salem Al Mansoori announced" already did: the name and title between commas
before the verb (a title with commas of its own too) belong to the attribution. He had been
kept as the talks' only participant, so the next sentence's talks of the same day and place,
with both people, became a second meeting. A name and title that open the sentence, a speaker
after "the ministry" and a verb that does not close the sentence read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 1, 14)  # a Tuesday


def _events(text: str, dateline: str | None = None) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.engagement_type, e.countries, tuple(sorted(p.name for p in e.participants)))
        for e in extract_document(text, PUB, dateline).engagements
    ]


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        ("The United Arab Emirates and Kenya have concluded negotiations on a trade deal, Dr Salem bin "
         "Ahmed Al Mansoori, Minister of State for Foreign Trade, announced on Tuesday. Al Mansoori held "
         "talks with Kenya's Cabinet Secretary for Investments, Trade and Industry, Joseph Mwangi, in "
         "Abu Dhabi, where the two sides reviewed the final text of the deal.", "Abu Dhabi",
         [("meeting", ("ARE", "KEN"), ("Joseph Mwangi", "Salem bin Ahmed Al Mansoori"))]),
        ("Kenya and Uganda held talks on cross-border trade on Tuesday, Peter Kamau, Kenya's Trade "
         "Minister, announced. Kamau met Ugandan Trade Minister Grace Nambi in Nairobi, where the two "
         "discussed sugar exports.", "Nairobi",
         [("meeting", ("KEN", "UGA"), ("Grace Nambi", "Peter Kamau"))]),
        ("Kenya and Uganda held talks on cross-border trade on Tuesday, Peter Kamau, Cabinet Secretary "
         "for Investments, Trade and Industry, said. Kamau met Ugandan Trade Minister Grace Nambi in "
         "Nairobi.", "Nairobi", [("meeting", ("KEN", "UGA"), ("Grace Nambi", "Peter Kamau"))]),
        # near misses: the speaker named after his title, as before
        ("The United Arab Emirates and Kenya have concluded negotiations on a trade deal, Minister of "
         "State for Foreign Trade Salem Al Mansoori announced on Tuesday. Al Mansoori held talks with "
         "Kenya's Trade Secretary Joseph Mwangi in Abu Dhabi.", "Abu Dhabi",
         [("meeting", ("ARE", "KEN"), ("Joseph Mwangi", "Salem Al Mansoori"))]),
        # a body that said it, one word before the verb: the subject stays a side
        ("Kenyan President Daniel Mbugua met Ugandan Trade Minister Grace Nambi on Tuesday, State House "
         "said.", None, [("meeting", ("KEN", "UGA"), ("Daniel Mbugua", "Grace Nambi"))]),
        # the apposed name opens the sentence: its subject, as before
        ("Peter Kamau, Kenya's Trade Minister, met Ugandan Trade Minister Grace Nambi in Nairobi on "
         "Tuesday.", None, [("meeting", ("KEN", "UGA"), ("Grace Nambi", "Peter Kamau"))]),
    ],
)  # fmt: skip
def test_apposed_speaker_reports_the_event(
    text: str, dateline: str | None, expected: list[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _events(text, dateline) == expected
