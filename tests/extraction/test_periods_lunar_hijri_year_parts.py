"""The opening months of a lunar hijri year, written for these tests.

Saudi and Gulf copy may count a trade figure by the Islamic year: "in the first four months of
1446 AH", "the first half of 1446H". A bare year of the 1300s or 1400s after "the first N months
of" is read as Iran's solar hijri year, and the mark of the lunar calendar after it was not read:
1446 became the solar year that opens in March 2067. Such a year is now read by the tabular
Islamic calendar (`periods.lunar_hijri_month_start`; the Umm al-Qura calendar may open a month a
day apart): the first four months of 1446 AH run from 8 July to 2 November 2024. A bare year
with no mark is Iran's, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.periods import find_periods, lunar_hijri_month_start

PUB = date(2025, 9, 15)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Exports rose in the first four months of 1446 AH.", ("2024-07-08", "2024-11-02")),
        (
            "Exports rose in the first four months of 1446 A.H., the authority said.",
            ("2024-07-08", "2024-11-02"),
        ),
        ("Exports rose in the first half of 1446H.", ("2024-07-08", "2024-12-31")),
        ("Exports rose in the first quarter of 1447 Hijri.", ("2025-06-27", "2025-09-23")),
        # as before: the solar hijri year, with no mark of the lunar one
        ("Exports rose in the first seven months of 1403.", ("2024-03-20", "2024-10-21")),
        ("Exports rose in the Iranian year 1403.", ("2024-03-20", "2025-03-20")),
    ],
)
def test_the_period(text: str, span: tuple[str, str]) -> None:
    (period,) = find_periods(text, PUB)
    assert (str(period.period_start), str(period.period_end)) == span


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [
        (1445, 1, date(2023, 7, 19)),
        (1446, 1, date(2024, 7, 8)),
        (1446, 9, date(2025, 3, 1)),
        (1446, 13, date(2025, 6, 27)),
    ],
)
def test_month_start(year: int, month: int, day: date) -> None:
    assert lunar_hijri_month_start(year, month) == day
