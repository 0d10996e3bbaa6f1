"""An ordinal day with its month told after it needs no "the": "on 12th of this month", "on 2nd
of last month". Written for these tests.

South Asian copy drops the article ("The delegation arrived on 12th of this month"), and the day
had been lost: only "this month" was read, a vague time with no date. "on the 12th of this month"
and "on 18th instant" read as before, and a bare "on 12th" (no month told) or an ordinal that is
a rank stays no date.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates

_PUBLISHED = date(2025, 6, 18)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The delegation arrived on 12th of this month for talks.", date(2025, 6, 12)),
        ("The envoys last met on 2nd of last month in the capital.", date(2025, 5, 2)),
        ("Both sides signed the pact on 30th of the previous month.", date(2025, 5, 30)),
        ("The delegation arrived on the 12th of this month for talks.", date(2025, 6, 12)),
        ("The delegation arrived on 12th instant for talks.", date(2025, 6, 12)),
    ],
)
def test_ordinal_day_of_a_told_month(text: str, day: date) -> None:
    assert [(m.kind, m.date) for m in find_dates(text, _PUBLISHED)] == [("day_of_month", day)]


@pytest.mark.parametrize(
    "text",
    [
        "The team finished on 12th after a poor run.",
        "The port ranked 12th of this month's busiest terminals.",
    ],
)
def test_no_day_without_on_or_a_told_month(text: str) -> None:
    assert all(m.kind != "day_of_month" for m in find_dates(text, _PUBLISHED))
