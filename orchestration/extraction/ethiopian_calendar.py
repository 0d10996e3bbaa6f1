"""The Ethiopian calendar Ethiopia counts its fiscal year in, to the day.

Its year has twelve months of 30 days and a thirteenth, Pagume, of five days (six in the
year before a Gregorian leap year). The fiscal year runs from 1 Hamle to 30 Sene, which fall
on 8 July and 7 July in every year of this era, so its months are known by rule: Hamle and
Nehase open it, Pagume follows them, and Meskerem (11 or 12 September) to Sene close it.
Ethiopian copy spells a part of the fiscal year out that way ("the first half of the fiscal
year (July 8-January 8)"); a part told without its dates is those same months.
"""

from __future__ import annotations

from calendar import isleap
from datetime import date, timedelta
from typing import Final

#: 1 Hamle, the first day of Ethiopia's fiscal year: 8 July in every Gregorian year from 1900
#: to 2099 (the leap day of the Ethiopian year falls in Pagume, before the next September).
FISCAL_START: Final = (7, 8)
#: The Ethiopian months of 30 days before Pagume in a fiscal year: Hamle and Nehase.
_MONTHS_BEFORE_PAGUME: Final = 2
_MONTH_DAYS: Final = 30
_MONTHS: Final = 12


def _pagume_days(fiscal_start_year: int) -> int:
    """Days of the Pagume that falls in September of `fiscal_start_year`: six when the next
    Ethiopian new year is 12 September, in the year before a Gregorian leap year."""
    return 6 if isleap(fiscal_start_year + 1) else 5


def _month_start(fiscal_start_year: int, index: int) -> date:
    """The first day of the `index`-th month (from 0) of the fiscal year that opens on 1 Hamle
    of `fiscal_start_year`; index 12 is the next fiscal year's first day. Pagume is counted
    with Nehase, the month before it, so that parts told one after another leave no day out."""
    if index >= _MONTHS:
        return date(fiscal_start_year + 1, *FISCAL_START)
    days = _MONTH_DAYS * index
    if index >= _MONTHS_BEFORE_PAGUME:
        days += _pagume_days(fiscal_start_year)
    return date(fiscal_start_year, *FISCAL_START) + timedelta(days=days)


def fiscal_months(fiscal_start_year: int, offset: int, length: int) -> tuple[date, date] | None:
    """The days of Ethiopian months offset..offset+length of the fiscal year that opens on
    8 July of `fiscal_start_year`: "the first half" of 2024/25 runs from 8 July 2024 to the end
    of Tahsas, 8 January 2025. None for months outside the year."""
    if offset < 0 or length < 1 or offset + length > _MONTHS:
        return None
    first = _month_start(fiscal_start_year, offset)
    return first, _month_start(fiscal_start_year, offset + length) - timedelta(days=1)
