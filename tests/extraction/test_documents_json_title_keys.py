"""JSON articles whose headline sits under a key the alias list does not name, written for these
tests.

CMS exports and scrapers name a story's headline "field_title" (Drupal, also as [{"value": ...}]),
"post_title" (WordPress), "news_title", "article_headline", "titulo" or "judul"; only "title",
"headline", "heading", "webTitle" and "name" had been read, and such a file had had no title.
`_is_title_key` (json_format.py) now takes a key whose words name a headline, after the aliases.
A subtitle's, an image's, a section's, an author's or a site's title is none, and an alias wins.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "LUANDA, Angola - Angola and Namibia agreed on Monday to build a second rail link across "
    "their border, the transport ministers said.\n\nWork on the line is due to start next year."
)
HEADLINE = "Angola and Namibia agree second rail link"


def _record(item: dict[str, Any]) -> Document:
    (record,) = parse_raw_file(
        RawFile("rail.json", json.dumps(item).encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("field_title", [{"value": HEADLINE}]),
        ("field_title", HEADLINE),
        ("post_title", HEADLINE),
        ("news_title", HEADLINE),
        ("articleHeadline", HEADLINE),
        ("titulo", HEADLINE),
        ("judul", HEADLINE),
        ("story_title", {"rendered": HEADLINE}),
    ],
)
def test_a_key_naming_the_headline_holds_the_title(key: str, value: Any) -> None:
    record = _record({key: value, "body": STORY, "date": "2025-06-09"})
    assert record.title == HEADLINE


@pytest.mark.parametrize(
    "key",
    ["field_subtitle", "image_title", "section_title", "author_title", "site_title", "job_title", "title_id"],
)
def test_a_key_of_another_title_gives_none(key: str) -> None:
    assert _record({key: "Regional news", "body": STORY, "date": "2025-06-09"}).title is None


def test_an_alias_wins() -> None:
    record = _record({"post_title": "Rail link", "headline": HEADLINE, "body": STORY, "date": "2025-06-09"})
    assert record.title == HEADLINE
