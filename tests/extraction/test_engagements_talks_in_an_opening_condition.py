"""Talks in the condition that opens a sentence are no event, written for these tests.

"If the talks succeed, Egyptian President X could meet Ethiopian Prime Minister Y in Addis Ababa
next month": the talks are hoped for, their outcome what the main clause waits on; they had been
read as a meeting of the two sides the main clause names (so "Unless the talks collapse, ...",
"Should the negotiations fail, ..."). _noun_negated (engagement_clauses.py) reads a noun
trigger before the comma of a sentence opened by "if", "unless", "should" or "provided" as not
held (_in_opening_condition) when the condition is told in the present. A condition told in the
past ("If the talks were a success, it was thanks to X and Y, who met ..."), talks told in a
sentence before, and the event of the main clause read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday
MEETING = (
    "Egyptian President Abdel Fattah al-Sisi met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa "
    "on Monday."
)


def _read(text: str) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    return [(e.engagement_type, e.location, e.countries) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If the talks succeed, Egyptian President Abdel Fattah al-Sisi could meet Ethiopian Prime Minister "
         "Abiy Ahmed in Addis Ababa next month.", []),
        ("If the talks in Nairobi succeed, the Egyptian and Ethiopian leaders could sign a water deal next "
         "month.", []),
        ("Unless the talks in Nairobi collapse, the Egyptian and Ethiopian leaders could sign a water "
         "deal.", []),
        # near misses: a condition in the past, talks told before, the main clause's own event
        ("If the talks were a success, it was thanks to Egyptian President Abdel Fattah al-Sisi and "
         "Ethiopian Prime Minister Abiy Ahmed, who met in Addis Ababa on Monday.",
         [("meeting", "Addis Ababa", ("EGY", "ETH"))]),
        (MEETING + " If the talks succeed, a deal could be signed next month.",
         [("meeting", "Addis Ababa", ("EGY", "ETH"))]),
        ("If necessary, " + MEETING[0].lower() + MEETING[1:], [("meeting", "Addis Ababa", ("EGY", "ETH"))]),
    ],
)  # fmt: skip
def test_talks_in_an_opening_condition(text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert _read(text) == expected
