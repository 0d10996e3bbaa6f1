"""The place of filing a JSON article states in a field of its own, written for these tests.

Wire feeds in NewsML-like JSON keep the dateline apart from the body ("dateline": "NAIROBI",
"located": "Nairobi, Kenya") and open the body on its first sentence; the field had not been
read, and such a story had no dateline. A body that opens on its own dateline keeps it, and a
country alone places nothing, as a txt header's `Dateline:` line is read.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "Kenya and Uganda agreed on Thursday to extend their oil pipeline to Kampala, the ministers said."


def _dateline(fields: dict[str, Any]) -> str | None:
    item = {"headline": "Pipeline extension agreed", "firstcreated": "2025-06-12T10:00:00Z", "body": STORY}
    raw = RawFile("pipeline.json", json.dumps({**item, **fields}).encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000)
    assert isinstance(record, Document)
    return record.dateline


@pytest.mark.parametrize(
    ("fields", "city"),
    [
        ({"dateline": "NAIROBI"}, "Nairobi"),
        ({"located": "Nairobi, Kenya"}, "Nairobi"),
        ({"dateline_location": "Mombasa"}, "Mombasa"),
        ({"dateline": {"name": "Kampala"}}, "Kampala"),
        ({"dateline": "KAMPALA, June 12 (Reuters)"}, "Kampala"),
    ],
)
def test_the_field_gives_the_dateline(fields: dict[str, Any], city: str) -> None:
    assert _dateline(fields) == city


def test_the_bodys_own_dateline_wins() -> None:
    body = f"ENTEBBE, June 12 (Reuters) - {STORY}"
    assert _dateline({"dateline": "NAIROBI", "body": body}) == "Entebbe"


@pytest.mark.parametrize("fields", [{"dateline": "Kenya"}, {}])
def test_a_country_alone_or_no_field_places_nothing(fields: dict[str, Any]) -> None:
    assert _dateline(fields) is None
