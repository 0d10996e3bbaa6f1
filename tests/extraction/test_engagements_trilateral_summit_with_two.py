"""A trilateral summit held with two other sides is a forum, written for these tests.

"Egypt hosted a trilateral summit with Jordan and Iraq in Cairo" is the three leaders' summit,
a forum (as gold labels a first trilateral summit). Before, a summit "with" others was read as
a meeting with one other leader, as "held a summit with Uzbek President X" is. A summit with one
leader, plain or bilateral, stays a meeting.
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
        ("Egypt hosted a trilateral summit with Jordan and Iraq in Cairo on Tuesday.",
         [("forum", ("EGY", "IRQ", "JOR"))]),
        ("Egyptian President Abdel Fattah al-Sisi hosted a trilateral summit with Jordan's King "
         "Abdullah II and Iraqi Prime Minister Mohammed Shia al-Sudani in Cairo on Tuesday.",
         [("forum", ("EGY", "IRQ", "JOR"))]),
        ("Turkish President Recep Tayyip Erdogan held a tripartite summit with the presidents of "
         "Azerbaijan and Turkmenistan in Ankara on Tuesday.", [("forum", ("AZE", "TKM", "TUR"))]),
        # near misses: a summit with one leader, a meeting as before
        ("Egyptian President Abdel Fattah al-Sisi held a summit with Jordan's King Abdullah II in "
         "Cairo on Tuesday.", [("meeting", ("EGY", "JOR"))]),
        ("Egyptian President Abdel Fattah al-Sisi held a bilateral summit with Jordan's King "
         "Abdullah II in Cairo on Tuesday.", [("meeting", ("EGY", "JOR"))]),
    ],
)  # fmt: skip
def test_trilateral_summit_with_two(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _events(text) == expected
