"""A weekday before a day and month in figures names that day, written for these tests.

Brazilian and Portuguese copy in English dates an event "on Thursday (12/6)" or "on Thursday,
12/06,"; a bare pair is read only after "on" ("on 12/06"), so after a weekday it was not read at
all, and the weekday alone gave the last Thursday before publication (19 June for a story of 20
June 2025 that meant the 12th). The pair is now read in whichever order falls on the weekday
(`dates._weekday_day_month`), resolved as a month and day without a year is: "Tuesday (6/10)" is
10 June 2025, a Tuesday (6 October 2024 was a Sunday). A pair that fits the weekday in both
orders or in neither leaves the weekday as before, and a full date after a weekday reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates

PUB = date(2025, 6, 20)  # a Friday


def _dates(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, None if m.date is None else m.date.isoformat(), m.kind) for m in find_dates(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two ministers met in Brasilia on Thursday (12/6).",
            [("Thursday (12/6)", "2025-06-12", "month_day")],
        ),
        (
            "The two ministers met in Brasilia on Thursday, 12/06, to sign it.",
            [("Thursday, 12/06", "2025-06-12", "month_day")],
        ),
        (
            "The two ministers met in Brasilia on Tuesday (6/10).",
            [("Tuesday (6/10)", "2025-06-10", "month_day")],
        ),
        (
            "The two ministers met in Lisbon on Monday 2/6 for talks.",
            [("Monday 2/6", "2025-06-02", "month_day")],
        ),
        # as before
        ("The two ministers met in Brasilia on Thursday (13/6).", [("Thursday", "2025-06-19", "weekday")]),
        ("The two ministers met in Brasilia on 12/06.", [("12/06", "2025-06-12", "month_day")]),
        (
            "The two ministers met in Brasilia on Thursday 12/06/2025.",
            [("Thursday 12/06/2025", "2025-06-12", "absolute")],
        ),
        ("The two ministers met in Brasilia on Thursday.", [("Thursday", "2025-06-19", "weekday")]),
    ],
)
def test_the_date(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _dates(text) == expected
