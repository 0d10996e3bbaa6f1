"""A date line under the headline whose clock time carries seconds, an ISO "T" or a zone's
offset, or whose date opens on a weekday's short name, written for these tests.

Feeds, CMS exports and mail headers stamp a story "2025-06-10T08:15:00Z", "Jun 10, 2025,
08:15 GMT+3" or "Tue, 10 Jun 2025 08:15:00 +0300"; only a time of hours and minutes with a
zone's letters had been allowed after the date, and such stories had no date. A line that goes
on past the date in words stays no stamp.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

LEAD = (
    "VIENTIANE, Laos - Laos and Cambodia agreed on Monday to link their power grids along the "
    "Mekong, the energy ministries said.\n\nThe line is due to open next year."
)


def _published(stamp: str) -> date | None:
    raw = RawFile("grid.txt", f"Power grids to be linked\n{stamp}\n\n{LEAD}".encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "stamp",
    [
        "2025-06-10T08:15:00Z",
        "2025-06-10 08:15:00",
        "2025-06-10T08:15:00+07:00",
        "Jun 10, 2025, 08:15 GMT+7",
        "10 June 2025 08:15 (UTC+07:00)",
        "Tue, 10 Jun 2025 08:15:00 +0700",
        "10/06/2025 - 08:15 hrs",
    ],
)
def test_a_stamp_with_a_full_clock_time_dates_the_story(stamp: str) -> None:
    assert _published(stamp) == date(2025, 6, 10)


@pytest.mark.parametrize(
    "line",
    ["10 June 2025 saw the first power trade", "Tue, 10 Jun 2025 was the day of the signing in Pakse"],
)
def test_a_line_going_on_in_words_dates_nothing(line: str) -> None:
    assert _published(line) is None
