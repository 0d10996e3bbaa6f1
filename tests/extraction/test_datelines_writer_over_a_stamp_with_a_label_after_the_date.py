"""A writer's name over a stamp line whose date has a label after it is no dateline, written for
these tests.

Web pages sign a story with the writer, the day and a label: "Chanda Mwale | 12 June 2025 |
Business", "Grace Njeri • 12 June 2025 • 4 min read". A writer's name before a date alone is
passed over (test_datelines_writer_over_a_stamp_is_no_place), but a part after the date had read
as the line going on, and the writer had been the story's dateline (its events placed in "Chanda
Mwale"). `_date_ends_the_line` now lets labels of one to three words ending on no sentence's stop
follow the date. A known city before the date (its story going on after it, or a label), and a
place and date after a comma read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = "\n\nZambia and Malawi signed a fuel deal on Thursday, the energy ministry said."


@pytest.mark.parametrize(
    "line",
    [
        "Chanda Mwale | 12 June 2025 | Business",
        "Grace Njeri • 12 June 2025 • 4 min read",
        "Abdul Karim Sesay | June 12, 2025 | 0 comments",
        "Nguyen Thi Lan - 12/06/2025 - Economy | Trade",
    ],
)
def test_the_writer_is_no_place(line: str) -> None:
    assert find_dateline(line + STORY) is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (f"Port Louis | June 12, 2025 | Business{STORY}", "Port Louis"),
        ("Lusaka | 12 June 2025 | Zambia and Malawi signed a fuel deal on Thursday.", "Lusaka"),
        (f"Thu Duc, June 12, 2025{STORY}", "Thu Duc"),
    ],
)
def test_other_lines_read_as_before(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city
