"""Two days joined by a slash before their month, written for these tests.

"on the night of 11/12 June" is a night over the 11th and the 12th; it had been read as a day
and a month, 11 December (of the year before, lying after publication). Two such days before a
month's name are now one run from the first to the next, as "11-12 June" is. A pair that is no
run ("12/11 June") gives no run, and a day and month with no month's name after them ("on
20/02") read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates

PUB = date(2025, 6, 20)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Talks ran on the night of 11/12 June.", date(2025, 6, 11), date(2025, 6, 12)),
        ("Talks ran on 30/31 May 2025.", date(2025, 5, 30), date(2025, 5, 31)),
    ],
)
def test_slashed_days_before_a_month_are_a_run(text: str, first: date, last: date) -> None:
    assert [(d.date, d.date_end) for d in find_dates(text, PUB)] == [(first, last)]


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Talks ran on 12/11 June.", [(date(2025, 6, 11), None)]),
        ("Talks ran on 20/02.", [(date(2025, 2, 20), None)]),
        ("Talks ran on 14/08 in Rome.", [(date(2024, 8, 14), None)]),
    ],
)
def test_other_slashed_pairs(text: str, dated: list[tuple[date, date | None]]) -> None:
    assert [(d.date, d.date_end) for d in find_dates(text, PUB)] == dated
