"""A pull quote set inside a web page's story, written for these tests.

Pages repeat a sentence of the story in large type, out of its place: "<blockquote
class='pullquote'>", WordPress's "wp-block-pullquote", "<aside class='pull-quote'>". The
extractor kept it, and it opened the body before the dateline's paragraph, a speaker's words
said twice. An element so classed is now pruned as page furniture. A quotation of the story's
own ("<blockquote>" with no such class) stays.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>HONIARA - Solomon Islands and Papua New Guinea agreed on Thursday to open a second "
    "border post on Bougainville's coast, the two foreign ministers said.</p>"
    "<p>The post will handle fish and copra cargoes from next year, officials said.</p>"
)
QUOTE = '"Our peoples trade across this water as they always have," the minister said at the signing.'


def _record(quote: str) -> Document:
    page = (
        "<html><head><title>Second border post</title>"
        '<meta property="article:published_time" content="2025-06-12"></head><body><article>'
        f"<h1>Second border post</h1>{quote}{STORY}</article></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("post.html", page.encode()), max_bytes=100_000, today=date(2025, 12, 31)
    )
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "quote",
    [
        f'<blockquote class="pullquote">{QUOTE}</blockquote>',
        f'<figure class="wp-block-pullquote"><blockquote><p>{QUOTE}</p></blockquote></figure>',
        f'<aside class="pull-quote"><p>{QUOTE}</p></aside>',
    ],
)
def test_the_pull_quote_leaves_the_body(quote: str) -> None:
    record = _record(quote)
    assert record.text.startswith("HONIARA - Solomon Islands")
    assert "always have" not in record.text


def test_a_quotation_of_the_story_stays() -> None:
    record = _record(f"<blockquote><p>{QUOTE}</p></blockquote>")
    assert "always have" in record.text
