"""A JSON date as Microsoft's serializers write it, written for these tests.

ASP.NET, WCF and SharePoint's REST API write a date as "/Date(1749718800000)/": epoch
milliseconds, maybe with the writer's offset ("/Date(1749675600000+0300)/"). Older government
and agency sites serve their news so. Such a value had been no date (an "unparsed date"
warning), and the story undated. It is now read as the epoch it holds, on the writer's clock
when it gives its offset, under a known key or a key whose words name a date. A value that is
no epoch ("/Date(12)/"), and a date under a key of a change, read as before.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "LILONGWE, June 11 (MANA) - Malawi and Zambia agreed on Wednesday to open a one-stop border "
    "post at Mchinji, the trade ministers said.\n\nWork on the post is due to start next year."
)


def _published(fields: dict[str, Any]) -> date | None:
    item = {"Title": "One-stop border post", "Body": STORY, **fields}
    (record,) = parse_raw_file(
        RawFile("post.json", json.dumps(item).encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    ("fields", "day"),
    [
        ({"PublishDate": "/Date(1749718800000)/"}, date(2025, 6, 12)),
        ({"Created": "/Date(1749718800000)/"}, date(2025, 6, 12)),
        ({"NewsReleaseDate": "/Date(1749718800000)/"}, date(2025, 6, 12)),
        ({"PublishDate": "/Date(1749675600000+0300)/"}, date(2025, 6, 12)),
        ({"PublishDate": "/Date(1749675600000)/"}, date(2025, 6, 11)),
    ],
)
def test_the_microsoft_date_is_read(fields: dict[str, Any], day: date) -> None:
    assert _published(fields) == day


def test_an_escaped_slash_as_written_in_the_file() -> None:
    body = json.dumps(STORY)
    text = '{"Title": "Border post", "PublishDate": "\\/Date(1749718800000)\\/", "Body": ' + body + "}"
    (record,) = parse_raw_file(RawFile("post.json", text.encode()), max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    assert record.published_date == date(2025, 6, 12)


@pytest.mark.parametrize(
    "fields",
    [{"PublishDate": "/Date(12)/"}, {"Modified": "/Date(1749718800000)/"}],
)
def test_no_date_is_read(fields: dict[str, Any]) -> None:
    assert _published(fields) is None
