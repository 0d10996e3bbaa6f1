"""Talks first told in the attribution that closes a sentence, written for these tests.

", X said after their talks in Warsaw." names the talks of the sentence's own subjects, and
no sentence before tells them: they are an engagement. An attribution dating an event told
before (", the Kremlin said after the call.") adds none, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 2, 10)  # a Monday


def _read(text: str) -> list[tuple[str, object, str | None, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.location, e.countries)
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Austrian Chancellor A and Czech Prime Minister B agreed on Tuesday to widen rail links, A "
         "said after their talks in Prague.",
         [("meeting", date(2025, 2, 4), "Prague", ("AUT", "CZE"))]),
        ("Austrian Chancellor A and Czech Prime Minister B agreed to widen rail links, they said after "
         "talks in Prague on Tuesday.",
         [("meeting", date(2025, 2, 4), "Prague", ("AUT", "CZE"))]),
        ("Senegal and Gambia will open a second bridge, the two foreign ministers said after their "
         "meeting in Banjul on Monday.",
         [("meeting", date(2025, 2, 10), "Banjul", ("GMB", "SEN"))]),
        # near miss: a call told before and dated by the attribution is one call
        ("Austrian Chancellor A and Czech Prime Minister B spoke by phone on Monday. They agreed to "
         "meet soon, the chancellery said after the call.",
         [("phone_call", date(2025, 2, 10), None, ("AUT", "CZE"))]),
    ],
)  # fmt: skip
def test_talks_named_by_the_attribution(
    text: str, expected: list[tuple[str, object, str | None, tuple[str, ...]]]
) -> None:
    assert _read(text) == expected
