"""A visit whose end a relative clause tells, written for these tests.

"X paid a three-day visit to Vietnam, which ended on Wednesday": the day is the visit's last, so
the visit, dated by its first day, began on Monday, as "concluded a three-day visit on
Wednesday" dates it (it had been dated Wednesday). So does an arrival whose purpose names the
visit ("arrived in Hanoi for a three-day visit which ends on Wednesday"). A relative clause of
its start ("which began on Wednesday"), a visit with no length, and a day told before the
clause ("a visit to Vietnam on Monday, which ended ...") keep the day as it was.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 5, 9)  # a Friday
LEAD = "HANOI, May 9 (VNA) - Malaysian Prime Minister Anwar Ibrahim "


def _visit_day(text: str) -> str:
    visits = [e for e in extract_document(LEAD + text, PUB).engagements if e.engagement_type == "visit"]
    assert len(visits) == 1
    return str(visits[0].engagement_date)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("paid a three-day official visit to Vietnam which ended on Wednesday.", "2025-05-05"),
        ("paid a three-day official visit to Vietnam, which concluded on Wednesday.", "2025-05-05"),
        ("made a two-day state visit to Vietnam that was wrapped up on Wednesday.", "2025-05-06"),
        ("paid a four-day working visit to the Socialist Republic of Vietnam, which ended on Thursday.",
         "2025-05-05"),
        ("arrived in Hanoi for a three-day official visit which ended on Wednesday.", "2025-05-05"),
    ],
)  # fmt: skip
def test_the_visit_is_dated_by_its_first_day(text: str, day: str) -> None:
    assert _visit_day(text) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # its start, not its end
        ("paid a three-day official visit to Vietnam which began on Wednesday.", "2025-05-07"),
        # no length: the last day is all the text gives
        ("paid an official visit to Vietnam which ended on Wednesday.", "2025-05-07"),
        # the visit's own day told before the clause
        ("paid a three-day official visit to Vietnam on Monday, which ended on Wednesday.", "2025-05-05"),
        ("arrived in Hanoi on Tuesday for a three-day official visit which ends on Thursday.", "2025-05-06"),
        # the end told by the main verb, as before
        ("concluded a three-day official visit to Vietnam on Wednesday.", "2025-05-05"),
    ],
)
def test_near_misses_keep_their_day(text: str, day: str) -> None:
    assert _visit_day(text) == day
