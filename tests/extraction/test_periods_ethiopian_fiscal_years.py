"""Fiscal years numbered in the Ethiopian calendar, as Ethiopian copy writes them ("the 2016 EFY",
"the 2016 Ethiopian fiscal year"): seven years behind the Gregorian, read as the July-June fiscal
year they are. Stories invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import facts

from orchestration.extraction.periods import find_periods

EFY_2016 = ("2023-07-08", "2024-07-07")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Ethiopia earned $320 million from sesame exports to Israel in the 2016 EFY.", date(2024, 9, 2),
         EFY_2016),
        ("Exports to Kenya reached 4.1 billion birr in the 2016 Ethiopian fiscal year.", date(2024, 9, 2),
         EFY_2016),
        ("Exports to Kenya reached 4.1 billion birr in 2016 E.C. fiscal year.", date(2024, 9, 2), EFY_2016),
        ("Exports to Kenya reached 4.1 billion birr in EFY 2016.", date(2024, 9, 2), EFY_2016),
        # Gregorian years stay so: no marker, or a year the Ethiopian calendar has not reached
        ("Exports to Kenya reached 4.1 billion birr in 2016.", date(2024, 9, 2),
         ("2016-01-01", "2016-12-31")),
        ("Exports to Kenya reached 4.1 billion birr in the 2024 Ethiopian fiscal year.", date(2025, 3, 2),
         ("2024-01-01", "2024-12-31")),
    ],
)  # fmt: skip
def test_ethiopian_fiscal_years(text: str, published: date, expected: tuple[str, str]) -> None:
    found = [p for p in find_periods(text, published) if p.text.isdigit()]
    assert [(p.period_start.isoformat(), p.period_end.isoformat()) for p in found] == [expected]


def test_a_trade_figure_of_an_ethiopian_fiscal_year() -> None:
    text = "ADDIS ABABA - Ethiopia's coffee exports to Sudan rose 9% to $61 million in the 2016 EFY."
    assert {(f[0], f[1], f[2], f[3], f[4]) for f in facts(text, date(2024, 9, 2))} == {
        ("exports", "ETH", "SDN", *EFY_2016)
    }
