"""Ethiopia's fiscal year to the day: 1 Hamle to 30 Sene, 8 July to 7 July, and its parts in
Ethiopian months of 30 days with Pagume after the second, as Ethiopian copy spells them out
("the first half of the fiscal year (July 8-January 8)"). Stories invented for these tests.

A fiscal year had run from 1 July to 30 June, and its parts in calendar months; "the Ethiopian
fiscal year 2016" had been the Gregorian fiscal year 2015/16.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import facts

from orchestration.extraction.ethiopian_calendar import fiscal_months
from orchestration.extraction.periods import find_periods

PUB = date(2025, 9, 15)


@pytest.mark.parametrize(
    ("start_year", "offset", "length", "expected"),
    [
        (2024, 0, 12, ("2024-07-08", "2025-07-07")),
        (2023, 0, 12, ("2023-07-08", "2024-07-07")),  # a Pagume of six days: 2024 is a leap year
        (2024, 0, 6, ("2024-07-08", "2025-01-08")),
        (2023, 0, 6, ("2023-07-08", "2024-01-09")),
        (2024, 0, 3, ("2024-07-08", "2024-10-10")),
        (2024, 0, 2, ("2024-07-08", "2024-09-10")),  # Hamle and Nehase, with Pagume after it
        (2024, 9, 3, ("2025-04-09", "2025-07-07")),  # Miyazia to Sene
    ],
)  # fmt: skip
def test_months_of_an_ethiopian_fiscal_year(
    start_year: int, offset: int, length: int, expected: tuple[str, str]
) -> None:
    span = fiscal_months(start_year, offset, length)
    assert span is not None
    assert (span[0].isoformat(), span[1].isoformat()) == expected


def test_months_past_the_year_are_none() -> None:
    assert fiscal_months(2024, 10, 3) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hides and skins brought in $48 million in the Ethiopian fiscal year 2017, the ministry said.",
         [("2024-07-08", "2025-07-07")]),
        ("Hides and skins brought in $48 million in the 2017 Ethiopian fiscal year.",
         [("2024-07-08", "2025-07-07")]),
        # a year the Ethiopian calendar has not reached stays Gregorian, as does a label with no mark
        ("Hides and skins brought in $48 million in the Ethiopian fiscal year 2024.",
         [("2023-07-01", "2024-06-30")]),
        ("Hides and skins brought in $48 million in fiscal year 2017.", [("2016-07-01", "2017-06-30")]),
    ],
)  # fmt: skip
def test_an_ethiopian_fiscal_label_of_one_year(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_periods(text, PUB)
    assert [(p.period_start.isoformat(), p.period_end.isoformat()) for p in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ADDIS ABABA - Ethiopia's exports of oilseeds to Israel earned $75 million in the 2023/24 fiscal "
         "year.", ("2023-07-08", "2024-07-07")),
        ("ADDIS ABABA - Ethiopia's exports of oilseeds to Israel earned $75 million in the first half of the "
         "2024/25 fiscal year.", ("2024-07-08", "2025-01-08")),
        ("ADDIS ABABA - Ethiopia's exports of oilseeds to Israel earned $75 million in the first quarter of "
         "the current fiscal year.", ("2024-07-08", "2024-10-10")),
        ("ADDIS ABABA - Ethiopia's exports of oilseeds to Israel earned $75 million in the first six months "
         "of 2024/25.", ("2024-07-08", "2025-01-08")),
        # a Kenyan figure keeps Kenya's calendar months
        ("NAIROBI - Kenya's exports of tea to Egypt earned $75 million in the first half of the 2024/25 "
         "fiscal year.", ("2024-07-01", "2024-12-31")),
    ],
)  # fmt: skip
def test_an_ethiopian_figure_counts_ethiopian_months(text: str, expected: tuple[str, str]) -> None:
    assert {(f[3], f[4]) for f in facts(text, PUB)} == {expected}
