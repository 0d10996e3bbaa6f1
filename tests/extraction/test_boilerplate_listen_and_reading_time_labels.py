"""An audio player's or a reading time's label left in a story's text, written for these tests.

News pages set "Listen to this article 4:12", "5 min read" or "Reading time: 3 minutes" over
the story; a web page's extractor and a flattened page's text kept them, and they opened the
body before its dateline. Such a line is now a site's prompt, dropped as page furniture. A
sentence that opens on the same words ("Listen to the minister ...", "Reading time for pupils
rose ...") stays.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.boilerplate import is_boilerplate
from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile


@pytest.mark.parametrize(
    "line",
    [
        "Listen to this article",
        "Listen to this article 4:12",
        "5 min read",
        "5-minute read",
        "Reading time: 3 minutes",
        "Estimated reading time: 4 min",
    ],
)
def test_the_label_is_furniture(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Listen to the minister speak on the fish trade at the port in Suva.",
        "Reading time for pupils rose by five minutes a day, the ministry said.",
        "5 min read of the accord was enough to convince the traders, she said.",
    ],
)
def test_a_sentence_stays(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_flattened_page_opens_on_its_dateline() -> None:
    text = (
        "Listen to this article\n\n4 min read\n\nSUVA - Fiji and Vanuatu agreed on Thursday to "
        "open a direct shipping route for kava and timber, the trade ministers said.\n"
    )
    (record,) = parse_raw_file(
        RawFile("kava.txt", text.encode()), max_bytes=100_000, today=date(2025, 12, 31)
    )
    assert isinstance(record, Document)
    assert record.text.startswith("SUVA - Fiji and Vanuatu")
    assert record.dateline == "Suva"
