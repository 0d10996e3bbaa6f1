"""A weekday before an ordinal day with no month after it names that day, invented for these tests.

British, South Asian and East African copy writes "on Thursday 12th", "on Friday the 30th" or "on
Tuesday, the 3rd," and leaves the month to the reader, as Brazilian copy writes "this Monday
(23)". The weekday alone had been read: the last such day before publication, a week off (19
June for a story of 20 June that meant the 12th). `dates._ORDINAL_DAY_AFTER_WEEKDAY` now reads
the day: kind "day_of_month", resolved as "on the 12th" is (the publication month, or the month
before when the day has not come yet). A month after the ordinal still makes a calendar date, a
number without its ordinal suffix is no day ("On Thursday 12 ministers met"), a lower-case noun
after it makes it a count ("Saturday 2nd leg"), and a weekday with "last" or "next" reads as
before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates

PUB = date(2025, 6, 20)  # a Friday; 12 June 2025 was a Thursday, 30 May a Friday


def _dates(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, None if m.date is None else m.date.isoformat(), m.kind) for m in find_dates(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two trade ministers met in Dodoma on Thursday 12th to review sugar quotas.",
            [("Thursday 12th", "2025-06-12", "day_of_month")],
        ),
        (
            "Delegates from Laos and Cambodia signed the accord on Friday the 30th.",
            [("Friday the 30th", "2025-05-30", "day_of_month")],
        ),
        (
            "The envoy called on Tuesday, the 17th, at the foreign ministry.",
            [("Tuesday, the 17th", "2025-06-17", "day_of_month")],
        ),
        (
            "Talks resumed on Monday 2nd and ended two days later.",
            [("Monday 2nd", "2025-06-02", "day_of_month"), ("two days later", "2025-06-04", "anaphoric")],
        ),
    ],
)
def test_the_ordinal_names_the_day(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two ministers met on Thursday 12th June in Dodoma.",
            [("Thursday 12th June", "2025-06-12", "month_day")],
        ),
        (
            "The two ministers met on Thursday the 12th of June in Dodoma.",
            [("Thursday the 12th of June", "2025-06-12", "month_day")],
        ),
        ("On Thursday 12 ministers met in Dodoma.", [("Thursday", "2025-06-19", "weekday")]),
        ("The side won the Saturday 2nd leg in Lusaka.", [("Saturday", "2025-06-14", "weekday")]),
        ("The ministers met last Thursday in Dodoma.", [("last Thursday", "2025-06-19", "weekday")]),
    ],
)
def test_other_weekdays_read_as_before(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _dates(text) == expected
