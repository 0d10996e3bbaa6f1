"""A JSON-LD article's `locationCreated` places a page's story that opens on no dateline, written
for these tests.

schema.org's CreativeWork names the place a story was written in `locationCreated` ({"@type":
"Place", "name": "Lusaka, Zambia"}, or a Place with only an address's locality), as some CMSs
mark the place of filing instead of a `dateline`. It had not been read, and such a story had had
no dateline. `html_format` now reads it after the `dateline`; a body's own dateline and a
`dateline` win, and `contentLocation` (where the story's events are) and a country alone place
nothing.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "Zambia and Malawi agreed on Thursday to fund a study of a fuel pipeline, the energy ministry said."


def _dateline(fields: dict[str, Any], story: str = STORY) -> str | None:
    linked = json.dumps(
        {"@type": "NewsArticle", "headline": "Pipeline study", "datePublished": "2025-06-12", **fields}
    )
    page = (
        f'<html><head><script type="application/ld+json">{linked}</script></head>'
        f"<body><article><p>{story}</p></article></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("pipeline.html", page.encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record.dateline


@pytest.mark.parametrize(
    ("fields", "city"),
    [
        ({"locationCreated": {"@type": "Place", "name": "Lusaka, Zambia"}}, "Lusaka"),
        ({"locationCreated": {"@type": "Place", "address": {"addressLocality": "Ndola"}}}, "Ndola"),
        ({"locationCreated": "LILONGWE"}, "Lilongwe"),
        ({"locationCreated": [{"@type": "Place", "name": "Blantyre"}]}, "Blantyre"),
    ],
)
def test_the_place_of_creation_gives_the_dateline(fields: dict[str, Any], city: str) -> None:
    assert _dateline(fields) == city


def test_other_places_give_none_or_win() -> None:
    assert _dateline({"contentLocation": {"@type": "Place", "name": "Lusaka"}}) is None
    assert _dateline({"locationCreated": {"@type": "Place", "name": "Zambia"}}) is None
    assert _dateline({"locationCreated": "Lusaka", "dateline": "KITWE"}) == "Kitwe"
    assert _dateline({"locationCreated": "Lusaka"}, f"MZUZU - {STORY}") == "Mzuzu"
