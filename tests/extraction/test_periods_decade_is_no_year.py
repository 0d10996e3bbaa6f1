"""A decade written as a year and "s" names no period: "since the 1990s", "by the mid-2020s". Written
for these tests.

The year scan had stopped at the digits and read "the 2010s" as the year 2010, a period a trade
figure in the same sentence could take. A year itself, a possessive year ("2024's first half")
and a year range read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.periods import find_periods

_PUBLISHED = date(2025, 6, 18)


@pytest.mark.parametrize(
    "text",
    [
        "Shipments of tea have climbed steadily since the 1990s.",
        "The corridor was planned in the late 2010s by both ports.",
        "Officials hope to finish the line by the mid-2020s at the latest.",
        "Grain sales in the 2000s were mostly to neighbours.",
    ],
)
def test_decade_is_no_period(text: str) -> None:
    assert find_periods(text, _PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Grain sales rose in 2024 to a record.", (date(2024, 1, 1), date(2024, 12, 31))),
        ("Grain sales rose in 2024's first half.", (date(2024, 1, 1), date(2024, 6, 30))),
        ("Grain sales rose from 2020 to 2024.", (date(2020, 1, 1), date(2024, 12, 31))),
    ],
)
def test_years_read_as_before(text: str, span: tuple[date, date]) -> None:
    assert [(p.period_start, p.period_end) for p in find_periods(text, _PUBLISHED)] == [span]
