"""A link teaser whose label follows an arrow, or runs into the headline, written for these tests.

Sites set a teaser's label after chevrons or an arrow (">> Also read: ...", "» Read more: ..."),
after a spaced dash ("Also Read - <headline>"), or in bold right before the linked headline with
no mark at all, which a flattened page leaves as "READ ALSO <headline>". The label had not been
read, and the other story's headline had stayed in the text: "Somalia signs a deal with Turkey
..." had become an engagement of a story about Kenya. `boilerplate._teaser_label` now reads the
arrow before a listed label, and a label of words no sentence opens on ("read also", "see also",
"related stories", "don't miss") before a dash or a space when the rest of the line is a
headline (no sentence's stop). A sentence opening on the same words, a label-like sub-heading
of the story ("Related Measures ...") and the story's own paragraphs stay.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "MOMBASA - Kenya and Tanzania agreed on Thursday to extend the hours of the Lunga Lunga border post."
AFTER = "The two revenue authorities will also share cargo manifests from next month, officials said."


def _text(name: str, teaser: str) -> str:
    body = f"{STORY}\n\n{teaser}\n\n{AFTER}"
    data = json.dumps({"text": body, "date": "2025-06-12"}) if name.endswith(".json") else body
    raw = RawFile(name, data.encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record.text


@pytest.mark.parametrize(
    "teaser",
    [
        ">> Also read: Somalia signs a deal with Turkey to explore oil off its coast",
        "» Read more: Djibouti port volumes climb as Ethiopian cargo rebounds",
        "► Related: Uganda blocks Kenyan milk imports over standards",
        "Also Read - Eritrea and Sudan reopen the Karora crossing after two years",
        "READ ALSO Burundi and Rwanda resume talks on a rail link to Isaka",
        "See also – Zambia's copper exports to China hit $4 billion",
        "Related Stories Malawi tobacco sales to Belgium reach $120 million",
        "Don't miss Angola signs an oil deal with India's state refiner",
    ],
)
@pytest.mark.parametrize("name", ["port.txt", "port.json"])
def test_the_teaser_leaves_the_text(name: str, teaser: str) -> None:
    assert _text(name, teaser) == f"{STORY}\n\n{AFTER}"


def test_a_page_s_bold_label_before_its_link_leaves_the_text() -> None:
    page = (
        "<html><head><meta name='date' content='2025-06-12'></head><body><article>"
        f"<p>{STORY}</p><p><strong>READ ALSO</strong> <a href='/x'>Uganda blocks Kenyan milk imports "
        f"again</a></p><p>{AFTER}</p></article></body></html>"
    )
    raw = RawFile("port.html", page.encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    assert record.text == f"{STORY}\n\n{AFTER}"


@pytest.mark.parametrize(
    "kept",
    [
        "Read more about the new opening hours on the authority's website.",
        "See also the annex, which lists the goods cleared at the post.",
        "Related Measures For Cross-Border Traders",
        "Also read out at the ceremony was a message from the two presidents.",
        "> The border will stay open at night, the commissioner said.",
    ],
)
@pytest.mark.parametrize("name", ["port.txt", "port.json"])
def test_the_story_s_own_lines_stay(name: str, kept: str) -> None:
    assert _text(name, kept) == f"{STORY}\n\n{kept}\n\n{AFTER}"
