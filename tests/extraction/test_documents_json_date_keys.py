"""JSON articles whose date sits under a key the alias list does not name, written for these
tests.

APIs and scrapers name the day a story came out "publish_time", "post_date",
"first_published_at", "issued", "creation_date" or "news_date"; only the common keys had been
read, and such a file had no date (a wire's dateline states no year). A key's words now tell
it, those that say "published" before those that only say "date"; a change's, an event's or
the scrape's key ("updated_at", "event_date", "crawled_at") and a value that is no date ("the
publication": a paper's name) date nothing.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "MAPUTO, June 9 (AIM) - Mozambique and Malawi agreed on Monday to build a second rail link "
    "across their border, the transport ministers said.\n\nWork on the line is due to start next year."
)


def _published(fields: dict[str, Any]) -> date | None:
    item = {"title": "Second rail link", "body": STORY, **fields}
    (record,) = parse_raw_file(
        RawFile("rail.json", json.dumps(item).encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "fields",
    [
        {"publish_time": "2025-06-09T08:00:00Z"},
        {"post_date": "2025-06-09 08:00:00"},
        {"first_published_at": "2025-06-09T08:00:00+02:00"},
        {"issued": "09.06.2025"},
        {"creation_date": "June 9, 2025"},
        {"news_date": "2025/06/09"},
        {"publication": "The Maputo Courier", "news_date": "2025-06-09"},
        {"updated_at": "2025-06-20", "article_date": "2025-06-09"},
    ],
)
def test_a_key_naming_the_storys_day_dates_it(fields: dict[str, Any]) -> None:
    assert _published(fields) == date(2025, 6, 9)


@pytest.mark.parametrize(
    "fields",
    [
        {"updated_at": "2025-06-20"},
        {"event_date": "2025-06-20"},
        {"crawled_at": "2025-06-20T10:00:00Z"},
        {"publication": "The Maputo Courier"},
        {"reading_time": "4 min"},
    ],
)
def test_another_days_key_dates_nothing(fields: dict[str, Any]) -> None:
    assert _published(fields) is None
