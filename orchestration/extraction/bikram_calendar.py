"""The Bikram Sambat calendar Nepal counts its fiscal year in, to the day.

Each of its months runs 29 to 32 days, set by the sun's passage year by year, so no rule
computes them: the days come from the published calendar, for the years of the table. Nepal's
fiscal year runs from 1 Shrawan (16 or 17 July) to the end of Asar; outside the table, callers
fall back to months from the 16th to the 15th.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Final

#: A Bikram Sambat year is the Gregorian year it starts in (mid-April) plus this.
OFFSET: Final = 57

#: Days in the twelve months (Baisakh to Chaitra) of Bikram Sambat years, as Nepal's calendar
#: publishes them: each month runs 29 to 32 days, set by the sun's passage year by year, so no
#: rule computes them (Nepal's fiscal year, 1 Shrawan to the end of Asar, starts on 16 or 17
#: July). Years past the table fall back to months from the 16th to the 15th.
MONTH_DAYS: Final[dict[int, tuple[int, ...]]] = {
    2070: (31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30),
    2071: (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    2072: (31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    2073: (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    2074: (31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30),
    2075: (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    2076: (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30),
    2077: (31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31),
    2078: (31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30),
    2079: (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    2080: (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30),
    2081: (31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31),
    2082: (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    2083: (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
}
#: 1 Baisakh of the first year of `MONTH_DAYS` (2070).
_TABLE_START: Final = date(2013, 4, 14)
#: Shrawan, the fourth month of the Bikram Sambat year, opens Nepal's fiscal year.
_SHRAWAN: Final = 4


@lru_cache(maxsize=64)
def month_start(year: int, month: int) -> date | None:
    """The Gregorian day of the 1st of Bikram Sambat `month` of `year` (a month past 12 runs on
    into the next year), None outside the table."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    first = min(MONTH_DAYS)
    if year not in MONTH_DAYS and not (year == max(MONTH_DAYS) + 1 and month == 1):
        return None
    days = sum(sum(MONTH_DAYS[y]) for y in range(first, year))
    days += sum(MONTH_DAYS[year][: month - 1]) if year in MONTH_DAYS else 0
    return _TABLE_START + timedelta(days=days)


def year_days(year: int) -> tuple[date, date] | None:
    """The first and last day of Bikram Sambat `year`, 1 Baisakh to the end of Chaitra ("2081
    BS": 13 April 2024 to 13 April 2025); None past the table."""
    first, after = month_start(year, 1), month_start(year + 1, 1)
    if first is None or after is None:
        return None
    return first, after - timedelta(days=1)


def fiscal_months(fiscal_start_year: int, offset: int, length: int) -> tuple[date, date] | None:
    """The days of Nepali months offset..offset+length of the fiscal year that starts in July
    of `fiscal_start_year` (1 Shrawan of Bikram Sambat year + 57): "the first eight months" of
    2024-25 run from 16 July 2024 to the end of Falgun, 13 March 2025. None past the table."""
    year = fiscal_start_year + OFFSET
    first = month_start(year, _SHRAWAN + offset)
    after = month_start(year, _SHRAWAN + offset + length)
    if first is None or after is None:
        return None
    return first, after - timedelta(days=1)


@lru_cache(maxsize=64)
def _position(day: date) -> tuple[int, int] | None:
    """The Bikram Sambat (year, month) whose 1st is `day`, None when no month of the table starts
    on it."""
    for year in MONTH_DAYS:
        for month in range(1, 13):
            if month_start(year, month) == day:
                return year, month
    return None


def months_back(first: date, last: date, years_back: int) -> tuple[date, date] | None:
    """The Nepali months `first`..`last` moved back by `years_back` Bikram Sambat years, None
    when they are not whole months of the table."""
    start_position = _position(first)
    after_position = _position(last + timedelta(days=1))
    if start_position is None or after_position is None:
        return None
    start = month_start(start_position[0] - years_back, start_position[1])
    end = month_start(after_position[0] - years_back, after_position[1])
    return (start, end - timedelta(days=1)) if start is not None and end is not None else None
