"""The Iranian year under the other names Iranian copy gives it: "the solar year 1402", "the
solar hijri year 1402", "the 1402 Iranian year", "the Iranian year of 1402", "the last solar
year". Written for these tests.

Only "the Iranian (or Persian) year 1402" had been read; these had given no period, or the
current Iranian year for "the Iranian year of 1402". "Solar" without the calendar's name needs a
year or a relative word: the astronomical year is no period.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 9, 15)
Y1402 = [("2023-03-21", "2024-03-19")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shipments of saffron climbed in the solar year 1402.", Y1402),
        ("Shipments of saffron climbed in the solar hijri year 1402.", Y1402),
        ("Shipments of saffron climbed in the 1402 solar year.", Y1402),
        ("Shipments of saffron climbed in the 1402 Iranian year.", Y1402),
        ("Shipments of saffron climbed in the Iranian year of 1402.", Y1402),
        ("Shipments of saffron climbed in the Iranian solar year 1402.", Y1402),
        ("Shipments of saffron climbed in the last solar year.", [("2024-03-20", "2025-03-20")]),
        ("Shipments of saffron climbed in the first five months of the solar year 1404.",
         [("2025-03-21", "2025-08-22")]),
        # as before: the Iranian year by its usual name, and no period in the astronomer's year
        ("Shipments of saffron climbed in the Iranian year 1402.", Y1402),
        ("A solar year lasts about 365 days, the almanac said.", []),
    ],
)  # fmt: skip
def test_the_iranian_year_by_its_other_names(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_periods(text, PUB)
    assert [(p.period_start.isoformat(), p.period_end.isoformat()) for p in found] == expected


def test_a_trade_figure_of_a_solar_year() -> None:
    text = "TEHRAN - Iran's exports of saffron to Spain reached $95 million in the solar year 1402."
    assert {(f[0], f[1], f[2], f[3], f[4]) for f in facts(text, PUB)} == {
        ("exports", "IRN", "ESP", *Y1402[0])
    }
