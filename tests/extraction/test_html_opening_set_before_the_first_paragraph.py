"""A story's opening set before its first paragraph, not in a `<p>`, is kept, written for these tests.

Pages paste the dateline's paragraph into a `<div>` before the `<p>` paragraphs of the body, or
write it as text with `<br>` breaks: "<div class='entry-content'><div>HARARE – Zimbabwe and
Zambia ...</div><p>...</p>". trafilatura's precision mode kept the paragraphs and dropped it, so
the story had lost its dateline and its first sentence. `_opening_before_the_body`
(html_format.py) now reads the text beside the page's first article paragraph, within its
parent, from a piece that opens on a dateline and ends a sentence, and the body gets it back as
a lead. A caption or a line with no dateline before the body, and an opening the body already
holds, read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

BODY = (
    "<p>The two governments said the agreement would cut the time trucks spend at the border "
    "from three days to six hours, and would let traders clear goods before they reach it.</p>"
    "<p>Officials said trade between the two neighbours reached $1.2 billion last year, up 14 "
    "percent, driven by exports of maize, cement and fertiliser.</p>"
    "<p>Business groups welcomed the deal, saying delays at the border had raised the cost of "
    "goods for consumers on both sides.</p>"
)
BROKEN = (
    "HARARE – Zimbabwe and Zambia have agreed to expand trade.<br><br>The deal was signed on Thursday.<br>"
)
OPENING = "HARARE – Zimbabwe and Zambia have agreed to expand cross-border trade, officials said on Thursday."


def _record(content: str, container: str = "entry-content") -> Document:
    page = (
        "<html><head><title>Border deal</title>"
        '<meta property="article:published_time" content="2025-06-12"></head><body>'
        f'<div class="{container}">{content}</div></body></html>'
    )
    (record,) = parse_raw_file(
        RawFile("deal.html", page.encode()), max_bytes=100_000, today=date(2025, 12, 31)
    )
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    ("opening", "container"),
    [
        (f"<div>{OPENING}</div>", "entry-content"),
        (f"<div><span>{OPENING}</span></div>\n", "entry-content"),
        (f"{OPENING}<br><br>", "story-text"),
        (BROKEN, "story-text"),
        (f"{OPENING}<br><br>", "entry-content"),
    ],
)
def test_the_opening_is_kept_with_its_dateline(opening: str, container: str) -> None:
    record = _record(opening + BODY, container)
    assert record.text.startswith("HARARE – Zimbabwe and Zambia have agreed")
    assert record.dateline == "Harare"
    assert record.text.count("HARARE") == 1


def test_the_sentences_after_the_opening_are_kept_in_order() -> None:
    record = _record(BROKEN + BODY, "story-text")
    assert record.text.index("The deal was signed") < record.text.index("The two governments said")


@pytest.mark.parametrize(
    "before",
    [
        "<div>President Mnangagwa and President Hichilema at the signing ceremony in Harare.</div>",
        "<figure><figcaption>HARARE – Ministers at the signing on Thursday.</figcaption></figure>",
        "<div>Posted on: 12/06/2025</div>",
    ],
)
def test_other_text_before_the_body_is_left_out(before: str) -> None:
    record = _record(before + BODY, "story-text")
    assert record.text.startswith("The two governments said")


def test_an_opening_in_a_paragraph_reads_as_before() -> None:
    record = _record(f"<p>{OPENING}</p>" + BODY)
    assert record.text.startswith(OPENING) and record.text.count("HARARE") == 1
