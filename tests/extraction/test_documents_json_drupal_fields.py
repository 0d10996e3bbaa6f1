"""A story exported with Drupal's field shapes, written for these tests.

Drupal's REST export writes every field as a list of value objects ("field_publication_date":
[{"value": "2025-06-12"}]), and Drupal 7's as a field of no language ({"und": [{"value": ...}]}).
A date under a key the aliases do not name, so wrapped, had been passed over (the story undated),
and a Drupal 7 body rejected as no body. A date's key is now read through a one-item list and a
value object ("value", "$date", "#text", "und"), and a body through "und". A list of several
dates, a wrapped value that is no date, and a change's key ("changed", "updated") read as before.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>GABORONE, June 11 (BOPA) - Botswana and Namibia agreed on Wednesday to extend the Trans-Kalahari "
    "corridor's hours at the Mamuno border post, the transport ministers said.</p>"
)


def _record(item: dict[str, Any]) -> Document:
    (record,) = parse_raw_file(
        RawFile("node.json", json.dumps(item).encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "fields",
    [
        {"field_publication_date": [{"value": "2025-06-12"}]},
        {"field_date": [{"value": "2025-06-12T09:00:00+02:00", "format": "Y-m-d\\TH:i:sP"}]},
        {"field_news_date": {"und": [{"value": "2025-06-12 09:00:00"}]}},
        {"release_date": {"$date": "2025-06-12T07:00:00Z"}},
    ],
)
def test_a_wrapped_date_is_read(fields: dict[str, Any]) -> None:
    item = {"title": [{"value": "Border hours extended"}], "body": [{"value": STORY}], **fields}
    assert _record(item).published_date == date(2025, 6, 12)


def test_a_drupal_7_body() -> None:
    item = {"title": "Border hours extended", "body": {"und": [{"value": STORY, "format": "full_html"}]}}
    record = _record(item)
    assert record.text.startswith("GABORONE, June 11 (BOPA) - Botswana and Namibia")
    assert record.dateline == "Gaborone"


@pytest.mark.parametrize(
    "fields",
    [
        {"field_date": [{"value": "2025-06-12"}, {"value": "2025-06-19"}]},
        {"field_date": [{"value": "next week"}]},
        {"changed": [{"value": "2025-06-12T09:00:00+00:00"}]},
        {"field_updated_date": [{"value": "2025-06-12"}]},
    ],
)
def test_no_date_is_read(fields: dict[str, Any]) -> None:
    item = {"title": "Border hours extended", "body": STORY, **fields}
    assert _record(item).published_date is None
