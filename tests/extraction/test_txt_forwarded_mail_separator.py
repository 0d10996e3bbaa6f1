"""A release forwarded by mail, the client's separator line over its header, written for these tests.

A mail client sets a line over a forwarded or replied-to mail's "From:/Sent:/Subject:" lines
("-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded
message:"). That line had ended the header before it began: the story had had no title and the
header lines had stayed its body's. The separator is now passed over when it opens the file,
and the header below it read as a mailed release's. A rule line alone, or the words inside a
story's sentence, read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "APIA - Fishing crews from two islands met the port authority on Thursday, officials said."


def _record(text: str) -> Document:
    (record,) = parse_raw_file(
        RawFile("forwarded.txt", text.encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "separator",
    [
        "-----Original Message-----",
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
        "  -----Original Message-----  ",
    ],
)
def test_the_header_under_a_separator_is_read(separator: str) -> None:
    header = (
        "From: Ports Media Unit <media@ports.example>\nSent: Thursday, June 12, 2025 10:31 AM\n"
        "To: Newsdesk\nSubject: Tuna landing schedule agreed"
    )
    record = _record(f"{separator}\n{header}\n\n{STORY}\n")
    assert record.text == STORY
    assert record.title == "Tuna landing schedule agreed"
    assert record.published_date == date(2025, 6, 12)
    assert record.dateline == "Apia"


def test_a_gmail_forward_with_its_date_line() -> None:
    header = (
        "From: Ports Media Unit <media@ports.example>\nDate: Thu, Jun 12, 2025 at 10:31 AM\n"
        "Subject: Tuna landing schedule agreed\nTo: <desk@paper.example>"
    )
    record = _record(f"---------- Forwarded message ---------\n{header}\n\n{STORY}\n")
    assert record.text == STORY
    assert record.title == "Tuna landing schedule agreed"
    assert record.published_date == date(2025, 6, 12)


@pytest.mark.parametrize(
    "opening",
    [
        "-----\n\nThe original message of the minister was read at the port.",
        "The forwarded message -- sent on Monday -- reached the port authority late.",
    ],
)
def test_other_lines_read_as_before(opening: str) -> None:
    record = _record(f"{opening}\n\n{STORY}\n")
    assert record.title is None
    assert "message" in record.text
