"""A stamp line whose parts a spaced slash sets apart, written for these tests.

Wire sites print "June 12, 2025 / 10:31 AM / Updated 2 days ago" under the headline, and some
bylines read "By Jane Doe / June 12, 2025". No part was read alone, so such a story had no
date; a spaced slash now sets a stamp line's parts apart as a bar does. A slash inside a date
or a sentence's "exports / imports" dates nothing new.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "Sawmills in the south shipped more pine boards to buyers across the lake this spring, "
    "the forestry board said on Monday.\n\nPrices held steady."
)


def _published(text: str) -> date | None:
    (record,) = parse_raw_file(
        RawFile("boards.txt", text.encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "stamp",
    [
        "June 12, 2025 / 10:31 AM / Updated 2 days ago",
        "By Grace Phiri / June 12, 2025",
        "Business / 12 June 2025",
        "Staff Reporter / 12.06.2025 09:15",
    ],
)
def test_a_slashed_stamp_line_dates_the_story(stamp: str) -> None:
    assert _published(f"Pine board shipments rise\n\n{stamp}\n\n{STORY}") == date(2025, 6, 12)


@pytest.mark.parametrize(
    "line",
    [
        "Exports / imports ratio improved",
        "Timber / furniture section",
    ],
)
def test_a_slashed_line_without_a_date_dates_nothing(line: str) -> None:
    assert _published(f"Pine board shipments rise\n\n{line}\n\n{STORY}") is None
