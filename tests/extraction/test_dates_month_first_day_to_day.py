"""A run of days after their month told with "to" or "through", written for these tests.

"from 10 to 12 June" was read as a run of days, and "June 10-12"; "from June 10 to 12" and "June
10 through 12" had been the 10th alone, the last day dropped. A number after "to" that is a
percentage ("June 10 to 12 percent"), a day of the next month ("from June 28 to 3 July"), or a
day before the first ("June 12 to 3") makes no run, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates

PUB = date(2025, 6, 20)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The fair ran from June 10 to 12.", date(2025, 6, 10), date(2025, 6, 12)),
        ("The fair ran June 10 through 12.", date(2025, 6, 10), date(2025, 6, 12)),
        ("The fair ran from May 3 to 5, 2025.", date(2025, 5, 3), date(2025, 5, 5)),
    ],
)
def test_first_to_last_day_is_a_run(text: str, first: date, last: date) -> None:
    assert [(d.date, d.date_end) for d in find_dates(text, PUB)][:1] == [(first, last)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Rates rose on June 10 to 12 percent.", date(2025, 6, 10)),
        ("The fair ran from June 28 to 3 July.", date(2025, 6, 28)),
        ("The fair ran June 12 to 3.", date(2025, 6, 12)),
    ],
)
def test_no_run_of_the_month(text: str, first: date) -> None:
    assert [(d.date, d.date_end) for d in find_dates(text, PUB)][:1] == [(first, None)]
