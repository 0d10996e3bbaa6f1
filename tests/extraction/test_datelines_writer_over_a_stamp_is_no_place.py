"""A writer's name before a dash or a bar and the date alone is no dateline, written for these tests.

Web pages sign a story under its headline with the writer and the day: "Chanda Mwale - June 12,
2025", "Grace Njeri | 12/06/2025 10:31". Two Title-case words and a spaced dash are a dateline's
shape ("Port Louis - ..."), and the writer had been read as the story's place. `_dateline_at`
(datelines.py) now passes over two or more Title-case words that no gazetteer knows as a city
(`_headline_over_stamp`) when the rest of their line is a dash, a bar or a bullet and a date
alone (`_date_ends_the_line`). A known city before the date, a place and date after a comma (a
release's "Thu Duc, June 12, 2025"), a line that goes on after its date and a place below read
as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = "\n\nThe trade minister met a delegation of cotton buyers on Tuesday to review export permits."


@pytest.mark.parametrize(
    "line",
    [
        "Chanda Mwale - June 12, 2025",
        "Chanda Mwale — 12 June 2025",
        "Grace Njeri | 12/06/2025 10:31",
        "Nguyen Thi Lan • Thursday, June 12, 2025",
        "Abdul Karim Sesay -- 2025-06-12",
    ],
)
def test_the_writer_is_no_place(line: str) -> None:
    assert find_dateline(line + STORY) is None


def test_the_dateline_below_the_writer_is_read() -> None:
    found = find_dateline("Chanda Mwale - June 12, 2025\n\nLUSAKA - The minister met buyers on Tuesday.")
    assert found is not None and found.city == "Lusaka"


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Port Louis - June 12, 2025", "Port Louis"),
        ("Lusaka | June 12, 2025", "Lusaka"),
        ("Thu Duc, June 12, 2025", "Thu Duc"),
        ("Siem Reap, 12 June 2025", "Siem Reap"),
    ],
)
def test_a_place_before_its_date_reads_as_before(line: str, city: str) -> None:
    found = find_dateline(line + STORY)
    assert found is not None and found.city == city
