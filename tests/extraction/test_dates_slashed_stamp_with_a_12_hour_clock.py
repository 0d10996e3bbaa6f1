"""A slashed date stamped with a 12-hour clock reads month first, written for these tests.

US software stamps a story "06/12/2025 10:42 AM" or "6/12/2025 10:42:00 PM" (.NET's and Java's
en-US default, as many government and agency CMSs print it): month first. `dates.parse_date`
read such figures day first, so a page or a feed item stamped June 12 had been dated December 6
(or dropped as in the future). A slashed date whose time carries AM or PM is now read month
first; a first figure above 12 is still the day. A 24-hour clock ("12/06/2025 10:42"), a date
alone, dotted figures (Europe's) and a date of two-digit year read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("06/12/2025 10:42 AM", date(2025, 6, 12)),
        ("6/12/2025 10:42:00 PM", date(2025, 6, 12)),
        ("03/04/2025, 9:05 a.m.", date(2025, 3, 4)),
        ("11/02/2024 at 4:30 pm", date(2024, 11, 2)),
        ("01/10/2025 05:42 PM EST", date(2025, 1, 10)),
    ],
)
def test_a_12_hour_stamp_reads_month_first(value: str, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("25/06/2025 10:42 AM", date(2025, 6, 25)),  # the first figure can be no month
        ("12/06/2025 10:42", date(2025, 6, 12)),  # a 24-hour clock: day first, as before
        ("06/12/2025", date(2025, 12, 6)),  # no clock: day first, as before
        ("06.12.2025 10:42 AM", date(2025, 12, 6)),  # dots: day first, as before
        ("13/13/2025 10:42 AM", None),
    ],
)
def test_near_misses_read_as_before(value: str, expected: date | None) -> None:
    assert parse_date(value) == expected
