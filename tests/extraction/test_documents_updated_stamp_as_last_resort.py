"""A story whose only date is an "Updated" stamp at its top, written for these tests.

Some sites stamp a story only with its latest change ("Updated on June 12, 2025 09:31 PM");
such a story had no date, though the change is on its day or soon after. That stamp now dates
it, read last: a publication stamp, a dated dateline or a dated file name wins over it, and
an "Updated" that opens a sentence of the story dates nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

LEAD = (
    "HARARE - Zimbabwe and Mozambique agreed on Wednesday to dredge the port channel at Beira, "
    "the two transport ministers said.\n\nWork is due to start in August."
)


def _published(text: str, name: str = "beira.txt") -> date | None:
    (record,) = parse_raw_file(RawFile(name, text.encode()), max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated on June 11, 2025 09:31 PM",
        "Last updated: 11.06.2025",
        "By Staff Reporter | Updated: 11 June 2025, 14:05",
    ],
)
def test_an_updated_stamp_dates_a_story_with_no_other_date(stamp: str) -> None:
    assert _published(f"Beira channel to be dredged\n{stamp}\n\n{LEAD}") == date(2025, 6, 11)


def test_a_publication_stamp_wins_over_it() -> None:
    text = f"Beira channel to be dredged\nPublished: 10 June 2025\nUpdated: 11 June 2025\n\n{LEAD}"
    assert _published(text) == date(2025, 6, 10)


def test_a_dated_file_name_wins_over_it() -> None:
    text = f"Beira channel to be dredged\nUpdated on 11 June 2025\n\n{LEAD}"
    assert _published(text, "beira_2025-06-10.txt") == date(2025, 6, 10)


def test_a_sentence_opening_on_updated_dates_nothing() -> None:
    text = f"Updated figures released on 11 June 2025 showed more traffic at the port.\n\n{LEAD}"
    assert _published(text) is None
