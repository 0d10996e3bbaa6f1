"""A weekday written after the calendar date it names, invented for these tests.

Some desks put the weekday after the date ("on 11 June, Wednesday", "on June 11 (Wednesday)"),
where most put it first ("Wednesday, 11 June"). It is the same day: read alone, the weekday had
been the last such day before publication, a second date a week after the first. A weekday that
names another day than the date before it stays a date of its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates

PUB = date(2025, 6, 20)  # a Friday; 11 June 2025 was a Wednesday


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, None if m.date is None else m.date.isoformat()) for m in find_dates(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two ministers held talks on 11 June, Wednesday, in Lusaka.",
            [("11 June, Wednesday", "2025-06-11")],
        ),
        ("The envoys conferred on June 11, Wednesday.", [("June 11, Wednesday", "2025-06-11")]),
        (
            "The delegations met on 11 June (Wednesday) at the state house.",
            [("11 June (Wednesday)", "2025-06-11")],
        ),
        ("A protocol was initialled on 11.06.2025, Wednesday.", [("11.06.2025, Wednesday", "2025-06-11")]),
        (
            "Both sides signed on 10 June 2025, Tuesday, and the next day they toured the port.",
            [("10 June 2025, Tuesday", "2025-06-10"), ("the next day", "2025-06-11")],
        ),
    ],
)
def test_weekday_after_its_date_is_that_day(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another day than the date's: two dates, as before
        ("The ministers met on 11 June, Thursday.", [("11 June", "2025-06-11"), ("Thursday", "2025-06-19")]),
        # a weekday of another clause or sentence
        (
            "He landed on 11 June and on Wednesday met the speaker.",
            [("11 June", "2025-06-11"), ("Wednesday", "2025-06-18")],
        ),
        (
            "Talks opened on 11 June. Wednesday brought a second round.",
            [("11 June", "2025-06-11"), ("Wednesday", "2025-06-18")],
        ),
        # the weekday written first is joined as before
        ("The ministers met on Wednesday, 11 June.", [("Wednesday, 11 June", "2025-06-11")]),
    ],
)
def test_other_weekdays_stay_their_own(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected
