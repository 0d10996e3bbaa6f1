"""A stamp's label left alone once its `<time>` is dropped, written for these tests.

A page's "Posted on <time>...</time>" above the story had left "Posted on" in the text, glued
to the paragraph below as a line broken after "on": "Posted on NACALA - ..." lost the story's
dateline. An "Updated" label stayed the body's first line. A label alone on its line is now
dropped; a sentence that opens on such a word stays.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>NACALA - Cashew buyers from three provinces met the port authority on Thursday to agree "
    "a loading schedule for the coming season, officials said.</p>"
    "<p>The port will add a second shift for bulk carriers from next month.</p>"
)


def _record(stamp: str, story: str = STORY) -> Document:
    page = (
        "<html><head><title>Cashew schedule | Coastal Post</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Cashew schedule agreed</h1>"
        f"{stamp}{story}</article><footer>All rights reserved</footer></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("cashew.html", page.encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "stamp",
    [
        '<span class="posted-on">Posted on <time datetime="2025-06-12">June 12, 2025</time></span>',
        '<p>Updated <time datetime="2025-06-12">12 June 2025</time></p>',
        '<div>Last updated: <time datetime="2025-06-12T09:00">12/06/2025 09:00</time></div>',
    ],
)
def test_a_label_alone_is_dropped_and_the_dateline_found(stamp: str) -> None:
    record = _record(stamp)
    assert record.text.startswith("NACALA - Cashew buyers")
    assert record.dateline == "Nacala"


def test_a_sentence_opening_on_such_a_word_stays() -> None:
    story = STORY + "<p>Updated loading rules take effect on the first of the month.</p>"
    record = _record("", story)
    assert "Updated loading rules take effect" in record.text
