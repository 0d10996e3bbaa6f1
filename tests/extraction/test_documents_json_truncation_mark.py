"""The mark a news API closes a cut body with, written for these tests.

NewsAPI and its imitators cut an article's "content" and close it on the count of characters
left out: "... the ministers said… [+2841 chars]". The mark had stayed the body's last words.
It is now dropped; a bracket of the story's own words at the end, and a body with no mark, read
as before.
"""

from __future__ import annotations

import json

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "WINDHOEK - Namibia and Angola agreed on Thursday to build a second bridge at Katima Mulilo"


def _body(content: str) -> str:
    item = {"title": "Second bridge agreed", "publishedAt": "2025-06-12T08:00:00Z", "content": content}
    raw = RawFile("api.json", json.dumps({"status": "ok", "articles": [item]}).encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000)
    assert isinstance(record, Document)
    return record.text


@pytest.mark.parametrize(
    ("content", "body"),
    [
        (f"{STORY}… [+2841 chars]", STORY),
        (f"{STORY} [+12 chars]", STORY),
        (f"{STORY}... [+1 char]", STORY),
        (f"{STORY} [in Namibian dollars]", f"{STORY} [in Namibian dollars]"),
        (f"{STORY}.", f"{STORY}."),
    ],
)
def test_the_mark_is_dropped(content: str, body: str) -> None:
    assert _body(content) == body
