"""A stamp line that opens on a weekday's short name with no comma, written for these tests.

British papers stamp a story "Tue 10 Jun 2025 09.12 BST" on a line of its own above the lead;
the weekday had been read only with its comma ("Tue, 10 Jun 2025"), and such a story had no
date. A line that goes on after the date with words is no stamp.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

LEAD = (
    "CARDIFF - Wales and Ireland agreed on Monday to add a second daily ferry to the Rosslare "
    "route, the two transport departments said."
)


def _published(line: str) -> date | None:
    raw = RawFile("ferry.txt", f"Second ferry for Rosslare route\n{line}\n\n{LEAD}".encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "line",
    ["Tue 10 Jun 2025 09.12 BST", "Tue 10 Jun 2025", "Tues 10 June 2025 14:05", "Tue. 10 Jun 2025 9.12am"],
)
def test_a_short_weekday_without_comma_opens_a_stamp(line: str) -> None:
    assert _published(line) == date(2025, 6, 10)


@pytest.mark.parametrize("line", ["Sun 10 boxes of records were sold", "Fri 13 Jun 2025 sales rose in Wales"])
def test_a_line_that_goes_on_is_no_stamp(line: str) -> None:
    assert _published(line) is None
