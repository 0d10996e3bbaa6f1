"""Two days after their month joined by "and", written for these tests.

"on 10 and 11 June" was read as a run of two days, dated by the first, as "June 10-11" is; the
month-first "on June 10 and 11" had been the 10th alone, its second day dropped (so an event
told inside the run took the first day where the run's other spellings give no single day).
Days apart ("June 3 and 9") stay two days, the first read here, unless "between" makes them one
span; a count or a percentage after "and" ("June 10 and 11 percent") is no day.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates

PUB = date(2025, 6, 20)


@pytest.mark.parametrize(
    ("text", "first", "last", "written"),
    [
        (
            "The envoys met on June 10 and 11 in Accra.",
            date(2025, 6, 10),
            date(2025, 6, 11),
            "June 10 and 11",
        ),
        (
            "Talks ran on March 4th and 5th, 2025.",
            date(2025, 3, 4),
            date(2025, 3, 5),
            "March 4th and 5th, 2025",
        ),
        ("They met between May 12 and 15.", date(2025, 5, 12), date(2025, 5, 15), "May 12 and 15"),
        (
            "The envoys met on 10 and 11 June in Accra.",
            date(2025, 6, 10),
            date(2025, 6, 11),
            "10 and 11 June",
        ),
    ],
)
def test_day_and_next_day_are_one_run(text: str, first: date, last: date, written: str) -> None:
    dated = [(d.date, d.date_end, d.text) for d in find_dates(text, PUB)]
    assert dated == [(first, last, written)]


@pytest.mark.parametrize(
    ("text", "first", "written"),
    [
        ("The envoys met on June 3 and 9.", date(2025, 6, 3), "June 3"),
        ("Prices moved on June 10 and 11 percent of traders sold.", date(2025, 6, 10), "June 10"),
        ("The envoys met on June 10.", date(2025, 6, 10), "June 10"),
    ],
)
def test_other_days_stay_alone(text: str, first: date, written: str) -> None:
    dated = [(d.date, d.date_end, d.text) for d in find_dates(text, PUB)]
    assert dated == [(first, None, written)]
