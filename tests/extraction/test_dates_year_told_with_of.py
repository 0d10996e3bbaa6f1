"""A year told after a month and day with "of", invented for these tests.

"on 3 March of last year" is a day of the year before publication, as "on 3 March last year"
is; the "of" had hidden the year, and the date had been taken for the latest 3 March, in the
year of publication. Without a year after it, or with "the last year of" something, the date is
as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates

PUB = date(2025, 6, 20)


def _days(text: str) -> list[tuple[str, str | None]]:
    return [
        (m.text, None if m.date is None else m.date.isoformat())
        for m in find_dates(text, PUB)
        if m.kind == "month_day"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The accord was initialled on 3 March of last year.", [("3 March", "2024-03-03")]),
        ("The ministers first spoke on May 9 of last year.", [("May 9", "2024-05-09")]),
        ("The envoys met on 3 March of this year.", [("3 March", "2025-03-03")]),
        (
            "Rounds were held on 29 March and 2 April of last year.",
            [("29 March", "2024-03-29"), ("2 April", "2024-04-02")],
        ),
        # as before: without "of", and no year told after the date
        ("The accord was initialled on 3 March last year.", [("3 March", "2024-03-03")]),
        ("The accord was initialled on 3 March.", [("3 March", "2025-03-03")]),
        ("He signed on 3 March of the last year of his term.", [("3 March", "2025-03-03")]),
    ],
)
def test_year_after_the_day(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _days(text) == expected
