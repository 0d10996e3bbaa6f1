"""A byline that says when it was written, written for these tests.

Blogs and small outlets sign a story "Written by Jane Doe on 11 June 2025" or "By Jane Doe on
June 11, 2025"; the date had been passed over, and such a story had none. A sentence of the
story that opens on "By" ("By the end of talks on 11 June 2025, ...") dates nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

LEAD = (
    "SUVA, Fiji - Fiji and Tonga agreed on Tuesday to open a weekly cargo shipping route, the two "
    "trade ministries said.\n\nThe first ship is due to sail in August."
)


def _published(line: str) -> date | None:
    raw = RawFile("shipping.txt", f"Shipping route opens\n{line}\n\n{LEAD}".encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "line",
    [
        "Written by Mere Tuilagi on 11 June 2025",
        "By Mere Tuilagi on June 11, 2025",
        "Posted by Pacific Desk on 11/06/2025",
    ],
)
def test_a_byline_told_on_a_date_dates_the_story(line: str) -> None:
    assert _published(line) == date(2025, 6, 11)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of talks on 11 June 2025, no route had been agreed.",
        "By Mere Tuilagi",
    ],
)
def test_a_sentence_or_a_bare_byline_dates_nothing(line: str) -> None:
    assert _published(line) is None
