"""A JSON article's "location", "place" or "city" field places a story that opens on no dateline,
written for these tests.

CMSs and scrapers keep the place of filing apart from the body under looser names than a wire's
"dateline": {"location": "Lusaka"}, {"place": "LILONGWE, Malawi"}, {"city": "Lusaka"} in an
API's "attributes", or an object {"location": {"city": "Lusaka", "country": "Zambia"}}. The
field had not been read, and such a story had had no dateline. `json_format` now reads it after
the "dateline" fields, as the Document's dateline when the body opens on none. Such a name may
hold other things, so only a city the gazetteer knows counts: a country, a region, "Online" or
an address place nothing; a body's own dateline and a "dateline" field win.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "Zambia and Malawi agreed on Thursday to fund a study of a fuel pipeline, the energy ministry said."


def _dateline(article: dict[str, Any]) -> str | None:
    raw = RawFile("pipeline.json", json.dumps(article).encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record.dateline


def _article(**fields: Any) -> dict[str, Any]:
    return {"title": "Pipeline study agreed", "published": "2025-06-12", "text": STORY, **fields}


@pytest.mark.parametrize(
    ("article", "city"),
    [
        (_article(location="Lusaka"), "Lusaka"),
        (_article(place="LILONGWE, Malawi"), "Lilongwe"),
        (_article(city="Blantyre"), "Blantyre"),
        (_article(location={"city": "Lusaka", "country": "Zambia"}), "Lusaka"),
        (_article(dateline_city="Ndola"), "Ndola"),
        (
            {"data": {"type": "articles", "attributes": {"title": "Pipeline", "body": f"<p>{STORY}</p>",
                                                         "city": "Lusaka", "published_at": "2025-06-12"}}},
            "Lusaka",
        ),
    ],
)  # fmt: skip
def test_the_field_gives_the_dateline(article: dict[str, Any], city: str) -> None:
    assert _dateline(article) == city


@pytest.mark.parametrize(
    "article",
    [
        _article(location="Zambia"),
        _article(location="Online"),
        _article(place="Southern Africa"),
        _article(location="https://example.com/news/pipeline"),
        _article(location="Plot 14, Cairo Road"),
    ],
)
def test_a_field_that_names_no_known_city_places_nothing(article: dict[str, Any]) -> None:
    assert _dateline(article) is None


def test_the_body_s_dateline_and_the_dateline_field_win() -> None:
    assert _dateline(_article(location="Lusaka", text=f"KITWE - {STORY}")) == "Kitwe"
    assert _dateline(_article(location="Lusaka", dateline="MZUZU")) == "Mzuzu"
