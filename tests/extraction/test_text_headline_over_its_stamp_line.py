"""A headline over its stamp line, of even lengths, written for these tests.

"Nkhata Bay jetty rebuilt after the storm" over "Updated 14 Jun 2025, Published 12 Jun 2025"
had been joined as one hard-wrapped paragraph: the stamp no longer opened a line, and the story
lost its date. A block of two lines whose second opens on a stamp's label, a byline's "By" or a
full date, and whose first does not run on into it, now stays two paragraphs. A wrapped
paragraph broken before a date ("... signed the accord on" / "June 12, 2025, ...") is joined as
before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile
from orchestration.extraction.text import clean_body

HEADLINE = "Nkhata Bay fish landing site rebuilt after storm"
STORY = (
    "LILONGWE - The fisheries department said on Monday that the rebuilt jetty would open to "
    "traders from both lake shores next month."
)


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated 14 Jun 2025, Published 12 Jun 2025",
        "Published 12 June 2025 10:31 by Grace Phiri, Staff Reporter",
        "June 12, 2025 10:31 AM | Grace Phiri, Staff Writer",
        "By Grace Phiri, Staff Reporter | 12/06/2025",
    ],
)
def test_a_headline_and_its_stamp_stay_apart_and_date_the_story(stamp: str) -> None:
    raw = RawFile("jetty.txt", f"{HEADLINE}\n{stamp}\n\n{STORY}\n".encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    assert record.text.startswith(f"{HEADLINE}\n\n{stamp}\n\n")
    assert record.published_date == date(2025, 6, 12)


@pytest.mark.parametrize(
    "block",
    [
        "The two lake states said their ministers signed the accord on\nJune 12, 2025, at the border post.",
        "Fish traders from the southern shore said they had waited for\nby far the longest season in years.",
    ],
)
def test_a_wrapped_paragraph_broken_before_a_date_is_joined(block: str) -> None:
    assert clean_body(block) == block.replace("\n", " ")
