"""A press release saved from a mail, its "From:/Sent:/To:/Subject:" lines on top, written for these tests.

Such a file had kept its mail header as the body's first lines, with no title; a "Sent:" line
was read by chance as a stamp. "Sent:" now is the header's date and "Subject:" its title, and
the header lines leave the body. Both need their colon: "Subject to approval, ..." and "Sent
to parliament ..." open a story's sentence as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "NACALA - Cashew buyers from three provinces met the port authority on Thursday, officials said."


def _record(text: str) -> Document:
    (record,) = parse_raw_file(
        RawFile("release.txt", text.encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "header",
    [
        "From: Port Press Office <press@port.example>\nSent: Thursday, June 12, 2025 10:31 AM\n"
        "To: Newsdesk <desk@paper.example>\nSubject: Cashew loading schedule agreed",
        "From: Port Press Office\nSent: 12 June 2025 10:31\nCc: Editors\n"
        "Subject: Cashew loading schedule agreed",
    ],
)
def test_a_mail_header_is_read_as_the_header(header: str) -> None:
    record = _record(f"{header}\n\n{STORY}\n")
    assert record.text == STORY
    assert record.title == "Cashew loading schedule agreed"
    assert record.published_date == date(2025, 6, 12)
    assert record.dateline == "Nacala"


@pytest.mark.parametrize(
    "opening",
    [
        "Subject to approval, cashew buyers will load at night from next month.",
        "Sent to parliament on Monday, the port bill sets new loading fees.",
    ],
)
def test_the_words_without_a_colon_open_the_story(opening: str) -> None:
    record = _record(f"{opening}\n\nThe port authority agreed.\n")
    assert record.text.startswith(opening)
    assert record.title is None
