"""JSON articles whose text sits under a key the alias list does not name, written for these
tests.

Scrapers and APIs name a story's text "article_content", "news_body", "post_content",
"body_html", "paragraphs" or "contenido"; only the common keys had been read, and such a file
was rejected as having no body, its facts lost. A key's words now tell its text (the longest
such text, so a "lead_text" beside the story is not taken for it); a headline's, a summary's,
a caption's or a flag's key is none.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile, Rejection

STORY = (
    "LUANDA, Angola - Angola and Namibia agreed on Monday to build a second rail link across "
    "their border, the transport ministers said.\n\nWork on the line is due to start next year."
)


def _record(item: dict[str, Any]) -> Document | Rejection:
    (record,) = parse_raw_file(
        RawFile("rail.json", json.dumps(item).encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    return record


@pytest.mark.parametrize(
    "key",
    ["article_content", "news_body", "post_content", "body_html", "full_content", "contenido", "newsBody"],
)
def test_a_key_naming_the_text_holds_the_story(key: str) -> None:
    record = _record({"title": "Second rail link", key: STORY, "date": "2025-06-09"})
    assert isinstance(record, Document)
    assert record.text.startswith("LUANDA, Angola")
    assert record.dateline == "Luanda"


def test_paragraphs_under_their_own_key_are_the_story() -> None:
    record = _record({"title": "Second rail link", "paragraphs": STORY.split("\n\n"), "date": "2025-06-09"})
    assert isinstance(record, Document)
    assert record.text == STORY


def test_the_longest_text_is_the_story_not_its_lead() -> None:
    lead = "Angola and Namibia will build a second rail link across their border, officials say."
    record = _record(
        {"title": "Rail", "intro_text": lead, "main_text_html": f"<p>{STORY}</p>", "date": "2025-06-09"}
    )
    assert isinstance(record, Document)
    assert record.text.startswith("LUANDA, Angola")


@pytest.mark.parametrize(
    "item",
    [
        {"title": "Second rail link", "image_caption": STORY},
        {"title": "Second rail link", "text_direction": "ltr", "content_type": "news article story"},
    ],
)
def test_a_caption_or_a_flag_is_no_story(item: dict[str, Any]) -> None:
    assert isinstance(_record(item), Rejection)
