"""An Arc XP page's story assigned to `Fusion.globalContent` is read, written for these tests.

Arc XP renders a story by script from the object its page assigns to `Fusion.globalContent`
({"type": "story", "headlines": {"basic": ...}, "display_date": ..., "content_elements": [...]});
the page's markup holds no text, and such a page had been rejected as no_body. `_app_story`
(html_format.py) now takes that object first (`_arc_global_content`), the page's own content
whatever its headline, and reads it as a JSON article is (text blocks only). Content of another
kind (a section's list) and a script that does not parse leave the page rejected, with its
reason, as before; a page with its own text reads as before.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile, Rejection

STORY: dict[str, Any] = {
    "_id": "ABC123",
    "type": "story",
    "display_date": "2025-06-11T09:00:00Z",
    "headlines": {"basic": "Kenya and Uganda agree pipeline extension"},
    "content_elements": [
        {"type": "text", "content": "NAIROBI, June 11 (Reuters) - Kenya and Uganda agreed on Wednesday to "
         "extend the oil products pipeline to Kampala, the energy ministers said."},
        {"type": "interstitial_link", "content": "Tanzania's exports to Kenya rose 12% in 2024"},
        {"type": "text", "content": "Work on the extension is due to start next year."},
    ],
}  # fmt: skip


def _records(script: str, markup: str = "<div id='fusion-app'></div>") -> list[Document | Rejection]:
    page = f"<html><head><title>Pipeline</title><script>{script}</script></head><body>{markup}</body></html>"
    return parse_raw_file(RawFile("story.html", page.encode()), max_bytes=100_000, today=date(2025, 7, 1))


def test_the_global_content_is_the_story() -> None:
    (record,) = _records(f"window.Fusion=window.Fusion||{{}};Fusion.globalContent={json.dumps(STORY)};")
    assert isinstance(record, Document)
    assert record.dateline == "Nairobi" and record.published_date == date(2025, 6, 11)
    assert "Kampala" in record.text and "Tanzania" not in record.text


def test_content_of_another_kind_is_no_story() -> None:
    section = {**STORY, "type": "section"}
    (record,) = _records(f"Fusion.globalContent={json.dumps(section)};")
    assert isinstance(record, Rejection) and record.reason == "no_body"


def test_a_script_that_does_not_parse_is_no_story() -> None:
    (record,) = _records("Fusion.globalContent={type: 'story', broken")
    assert isinstance(record, Rejection) and record.reason == "no_body"


def test_the_page_text_wins() -> None:
    markup = (
        "<article><h1>Pipeline</h1><p>KAMPALA, June 10 - Uganda and Kenya agreed on Tuesday to extend the "
        "oil products pipeline to Kampala, the energy ministers said at a news conference.</p></article>"
    )
    (record,) = _records(f"Fusion.globalContent={json.dumps(STORY)};", markup)
    assert isinstance(record, Document) and record.dateline == "Kampala"
