"""A stamp line whose date is followed by another header's field, written for these tests.

A pasted or exported story may run its header fields on one line under the headline: "Date: 12
June 2025 Author: Chanda Mwale", "June 12, 2025 Source: Xinhua", "Posted: 12/06/2025 10:42
Category: Business". The line was no date alone (the second label and its value followed the
date), so a story with no other date had none. A capitalised label of one or two words and its
colon after the date now ends the stamp, as a trailing "by Jane Doe" did; and a line opening on
"Date:" is a stamp line that a headline of its length is not joined to (as one hard-wrapped
paragraph, the two had hidden the stamp). A sentence that states a date, a date followed by a
name with no label, and a clock's colon read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

LEAD = "Namibia and Angola signed an agreement on the Kunene river hydropower scheme on Thursday."


def _published(line: str) -> date | None:
    text = f"Namibia, Angola sign hydropower pact\n{line}\n\n{LEAD}\n"
    (record,) = parse_raw_file(RawFile("hydro.txt", text.encode()), max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "line",
    [
        "Date: 12 June 2025 Author: Ndapewa Shikongo",
        "June 12, 2025 Source: NAMPA",
        "Posted: 12/06/2025 10:42 Category: Energy",
        "Published 12 June 2025 Filed by: Windhoek desk",
    ],
)
def test_the_date_before_another_field_dates_the_story(line: str) -> None:
    assert _published(line) == date(2025, 6, 12)


@pytest.mark.parametrize(
    "line",
    [
        "Talks were held on 12 June 2025 Venue: Windhoek",  # a sentence, no stamp
        "12 June 2025 Ndapewa Shikongo",  # a name with no label: no date alone, as before
    ],
)
def test_near_misses_give_no_date(line: str) -> None:
    assert _published(line) is None


def test_a_stamp_with_its_clock_reads_as_before() -> None:
    assert _published("12 June 2025, 10:42 GMT") == date(2025, 6, 12)
