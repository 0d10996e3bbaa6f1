"""A page whose story is only in the state its script renders from, written for these tests.

Nuxt pages ship the story in `window.__NUXT__={...}`, a script's object literal and no JSON, or
in `__NUXT_DATA__`, a flat list of values; Redux and Vue apps assign it to
`window.__INITIAL_STATE__`; a Next.js page may title its story by no headline the page shows.
The markup holds no paragraph, and such pages had been rejected as no_body. `html_format` now
reads, last, the longest string of such a script that reads as an article (40 words or more),
its markup as a JSON body's, and the date its key gives beside it when the page gives none. A
page with a story in its markup keeps it, and a list page whose state holds only short
teasers, or a page with no state script, is still rejected.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile, Rejection

FIRST = (
    "SANTIAGO, June 11 - Chile and Argentina agreed on Wednesday to reopen the Cristo Redentor "
    "pass to freight lorries at night, the public works ministry said after talks in Santiago."
)
SECOND = (
    "Public Works Minister Jessica López met Argentina's Transport Secretary Franco Mogetta, "
    "and the two sides set up a working group on customs checks at the border tunnel."
)
HTML_BODY = f"<p>{FIRST}</p><p>{SECOND}</p>"
HEAD = "<head><title>Chile, Argentina reopen Andes pass at night | Cono Sur Business</title></head>"


def _record(page: str) -> Document | Rejection:
    (record,) = parse_raw_file(RawFile("pass.html", page.encode()), max_bytes=200_000, today=date(2025, 7, 1))
    return record


def _page(script: str) -> str:
    return f"<!DOCTYPE html><html>{HEAD}<body><div id='app'></div>{script}</body></html>"


PAGES = [
    # Nuxt 2: an object literal, its keys unquoted
    "<script>window.__NUXT__={layout:\"default\",data:[{article:{id:81,title:\"Andes pass\","
    f'published_at:"2025-06-11T16:00:00-04:00",body:{json.dumps(HTML_BODY)}}}}}],serverRendered:true}}</script>',
    # Nuxt 3: a flat list of values
    '<script type="application/json" id="__NUXT_DATA__">'
    + json.dumps([["ShallowReactive", 1], {"data": 2}, {"title": 3, "date": 4, "body": 5}, "Andes pass",
                  "2025-06-11", HTML_BODY])
    + "</script>",
    # a Vue or Redux app's initial state, as JSON
    "<script>window.__INITIAL_STATE__ = "
    + json.dumps({"story": {"meta": {"publishDate": "2025-06-11"}, "content": f"{FIRST}\n\n{SECOND}"}})
    + ";</script>",
    # Next.js data whose story is titled by no headline of the page
    '<script id="__NEXT_DATA__" type="application/json">'
    + json.dumps({"props": {"pageProps": {"post": {"seoTitle": "x", "date": "2025-06-11",
                                                   "content": {"rendered": HTML_BODY}}}}})
    + "</script>",
]  # fmt: skip


@pytest.mark.parametrize("script", PAGES)
def test_the_story_is_read_from_the_state(script: str) -> None:
    record = _record(_page(script))
    assert isinstance(record, Document), record
    assert record.text == f"{FIRST}\n\n{SECOND}"
    assert record.dateline == "Santiago"
    assert record.published_date == date(2025, 6, 11)


def test_a_story_in_the_markup_is_kept() -> None:
    other = (
        "Bolivia and Peru agreed on Wednesday to extend their gas contract by ten more years, officials said."
    )
    state = f"<script>window.__NUXT__={{data:[{{body:{json.dumps(HTML_BODY)}}}]}}</script>"
    page = f"<!DOCTYPE html><html>{HEAD}<body><article><p>{other}</p></article>{state}</body></html>"
    record = _record(page)
    assert isinstance(record, Document)
    assert record.text == other


@pytest.mark.parametrize(
    "script",
    [
        # a list page: teasers of a sentence each
        "<script>window.__NUXT__={data:[{items:["
        + ",".join(
            f'{{title:"Story {n}",summary:"Chile and Argentina agreed on Wednesday to reopen the '
            f'pass to freight lorries at night, the ministry said."}}'
            for n in range(5)
        )
        + "]}]}</script>",
        # no state script: an analytics snippet with a long string
        '<script>var config = {"note": "'
        + " ".join(["This page measures visits anonymously and stores no personal data."] * 6)
        + '"};</script>',
    ],
)
def test_a_page_with_no_story_in_its_state_is_rejected(script: str) -> None:
    record = _record(_page(script))
    assert isinstance(record, Rejection) and record.reason == "no_body"
