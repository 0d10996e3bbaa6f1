"""A slashed date with a year of two digits, written for these tests.

Papers and sites of South and East Africa, South Asia and Latin America stamp a story "12/06/25"
or write "met on 12/06/25"; a dotted date so written ("12.06.25") was read in running text, the
slashed one nowhere, and `parse_date` read neither (a JSON field or page stamp "12/06/25" left the
story undated). The year is now of this century, as the dotted one's is, and the order is the
package's rule for figures: a part above 12 is the day; otherwise day-first, in running text
unless only the month-first reading lies on or before publication. Runs of three figures that are
no date ("24/7/365", a decimal after the last) stay none.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates, parse_date

PUB = date(2025, 6, 20)


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("12/06/25", date(2025, 6, 12)),
        ("Posted on 12/06/25", date(2025, 6, 12)),
        ("12.06.25", date(2025, 6, 12)),
        ("06/13/25 10:42", date(2025, 6, 13)),
        ("5/3/25", date(2025, 3, 5)),
    ],
)
def test_the_value_is_read(value: str, day: date) -> None:
    assert parse_date(value) == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two ministers met in Maputo on 12/06/25 to sign the deal.", [("12/06/25", "2025-06-12")]),
        # month-first: 6 December 2025 would lie after the story's day
        ("The two ministers met in Maputo on 6/12/25 to sign the deal.", [("6/12/25", "2025-06-12")]),
        ("The two ministers met in Maputo on 06/13/25 to sign the deal.", [("06/13/25", "2025-06-13")]),
        # as before
        ("The two ministers met in Maputo on 12/06/2025 to sign the deal.", [("12/06/2025", "2025-06-12")]),
        ("The two ministers met in Maputo on 12.06.25 to sign the deal.", [("12.06.25", "2025-06-12")]),
        ("The port now runs 24/7/365 for grain ships.", []),
        ("The index moved 12/06/25.5 in the session.", []),
    ],
)
def test_in_running_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.date)) for m in find_dates(text, PUB)] == expected


@pytest.mark.parametrize("value", ["1/2/3", "24/7/365", "12/06/2", "123/06/25"])
def test_no_date_is_read(value: str) -> None:
    assert parse_date(value) is None
