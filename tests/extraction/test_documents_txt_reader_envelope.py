"""Plain-text stories saved by a reader service with its envelope of keys, written for these
tests.

Jina Reader and like tools save a page as "Title: ...", "URL Source: ...", "Published Time:
...", each line apart, then "Markdown Content:" and the story. The blank line after the first key
had ended the header, so the other keys and the label stayed the body's first lines. The keys
are now the header (the tool's "URL Source" the url, "Published Time" the date) and the label is
dropped; a story whose own lines open on a key, with no content label, reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "BLANTYRE - Malawi and Zambia agreed on Friday to share grain stocks during droughts, the two "
    "agriculture ministers said.\n\nThe first shipment is due in August."
)


def _document(text: str) -> Document:
    (record,) = parse_raw_file(RawFile("grain.txt", text.encode()), max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "envelope",
    [
        "Title: Grain stocks to be shared\n\nURL Source: https://news.example.mw/grain\n\n"
        "Published Time: 2025-06-13T09:40:00+02:00\n\nMarkdown Content:\n",
        "Title: Grain stocks to be shared\nURL Source: https://news.example.mw/grain\n"
        "Published Time: 2025-06-13T09:40:00+02:00\nMarkdown Content:\n\n",
        "Title: Grain stocks to be shared\n\nURL Source: https://news.example.mw/grain\n\n"
        "Published Time: Fri, 13 Jun 2025 07:40:00 GMT\n\nContent:\n",
    ],
)
def test_the_envelope_is_the_header(envelope: str) -> None:
    record = _document(envelope + STORY)
    assert record.title == "Grain stocks to be shared"
    assert record.url == "https://news.example.mw/grain"
    assert record.published_date == date(2025, 6, 13)
    assert record.text.startswith("BLANTYRE - Malawi and Zambia")
    assert record.dateline == "Blantyre"


def test_keys_with_no_content_label_read_as_before() -> None:
    text = f"Title: Grain stocks to be shared\n\nNote: figures are provisional.\n\n{STORY}"
    record = _document(text)
    assert record.title == "Grain stocks to be shared"
    assert record.text.startswith("Note: figures are provisional.")
