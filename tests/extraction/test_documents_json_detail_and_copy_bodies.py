"""JSON articles whose text sits under "detail", "copy" or "desc", written for these tests.

News APIs of Asian and Gulf outlets serve the story as "detail" or "news_detail", a
newsroom's CMS as "copy" or "body_copy", a feed item its only text as "desc": such a file had
been rejected as having no body. A "copyright" line is no body, and a real body beside them
is still read first.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile, Rejection

STORY = (
    "DOHA, June 9 (QNA) - Qatar and Oman agreed on Monday to open a second shipping line between "
    "their main ports, the transport ministers said."
)


def _record(fields: dict[str, Any]) -> Document | Rejection:
    item = {"title": "Second shipping line", "published": "2025-06-09", **fields}
    (record,) = parse_raw_file(RawFile("line.json", json.dumps(item).encode()), max_bytes=100_000)
    return record


@pytest.mark.parametrize("key", ["detail", "news_detail", "newsDetail", "copy", "body_copy", "desc"])
def test_the_text_under_such_a_key_is_the_body(key: str) -> None:
    record = _record({key: STORY})
    assert isinstance(record, Document)
    assert record.text == STORY
    assert record.dateline == "Doha"


def test_a_copyright_line_is_no_body() -> None:
    record = _record({"copyright": "Copyright 2025 Gulf Media Group, all rights reserved worldwide"})
    assert isinstance(record, Rejection) and record.reason == "no_body"


def test_a_body_key_is_still_read_before_them() -> None:
    record = _record({"text": STORY, "desc": "Two Gulf states agree on a second shipping line today."})
    assert isinstance(record, Document) and record.text == STORY
