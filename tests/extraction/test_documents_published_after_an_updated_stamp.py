"""A stamp line that gives the change first and the publication after it, written for these tests.

Some sites stamp a story "Updated 14 Jun 2025, Published 12 Jun 2025" on one line. No part of
that line stood alone as a date, so the story had no date at all; the "Published" part after
the "Updated" stamp's comma or semicolon now dates it. A "published" inside a sentence of the
story stays no publication date, and a lone "Updated" stamp still dates the story last.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

LEAD = (
    "Nkhata Bay fish landing site rebuilt\n\n{stamp}\n\n"
    "The fisheries department said on Monday that the rebuilt jetty would open to traders "
    "from both lake shores next month.\n\nFunding came from a regional grant."
)


def _published(text: str) -> date | None:
    (record,) = parse_raw_file(RawFile("jetty.txt", text.encode()), max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated 14 Jun 2025, Published 12 Jun 2025",
        "Last updated: June 14, 2025; first published: June 12, 2025",
        "Updated 14 Jun 2025 09:12, posted 12 Jun 2025",
        "Updated on 14 June 2025, and published on 12 June 2025",
    ],
)
def test_the_published_part_after_an_updated_stamp_dates_the_story(stamp: str) -> None:
    assert _published(LEAD.format(stamp=stamp)) == date(2025, 6, 12)


def test_published_first_then_updated_keeps_the_publication() -> None:
    assert _published(LEAD.format(stamp="Published 12 Jun 2025, updated 14 Jun 2025")) == date(2025, 6, 12)


def test_a_lone_updated_stamp_still_dates_the_story() -> None:
    assert _published(LEAD.format(stamp="Updated 14 Jun 2025")) == date(2025, 6, 14)


def test_a_published_in_a_sentence_after_an_updated_word_dates_nothing() -> None:
    text = (
        "Updated maps, published 3 March 2023, showed the new jetty.\n\n"
        "The fisheries department said the jetty would open next month."
    )
    assert _published(text) is None
