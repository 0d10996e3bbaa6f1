"""A byline line signed "By <writer> in <city>", written for these tests.

Papers that print no dateline often sign the story with the city the writer filed from after
"in": "By Chanda Mwale in Lusaka", "BY GRACE NJERI IN NAIROBI". Only a bar, a comma or a dash
had parted a byline's writer from its place, and such a story had had no dateline. The city
after "in" now places it, as a byline's place does: it must be a city the gazetteer knows, the
line must be the byline alone, and a real dateline below wins. A period closing a byline's
place ("By Staff Reporter, Lusaka.") is no part of it. A country or a seat ("in Zambia", "in
Parliament"), two writers in two cities, and a sentence opening on "By" read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline
from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "\n\nThe trade minister met a delegation of copper buyers on Tuesday to review export permits."


@pytest.mark.parametrize(
    ("byline", "city"),
    [
        ("By Chanda Mwale in Lusaka", "Lusaka"),
        ("BY GRACE NJERI IN NAIROBI", "Nairobi"),
        ("By: Ali Said in Dar es Salaam", "Dar es Salaam"),
        ("By Chanda Mwale in Lusaka.", "Lusaka"),
        ("By Staff Reporter, Lusaka.", "Lusaka"),
    ],
)
def test_the_city_of_the_byline_is_the_dateline(byline: str, city: str) -> None:
    found = find_dateline(byline + STORY)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    "byline",
    [
        "By Chanda Mwale in Zambia",
        "By Chanda Mwale in Parliament",
        "By Chanda Mwale in Lusaka and Grace Phiri in Harare",
        "By the end of the year in Lusaka, exports had doubled.",
    ],
)
def test_other_lines_place_nothing(byline: str) -> None:
    assert find_dateline(byline + STORY) is None


def test_a_dateline_below_wins() -> None:
    found = find_dateline("By Chanda Mwale in Lusaka\n\nHARARE - The trade minister met buyers on Tuesday.")
    assert found is not None and found.city == "Harare"


def test_a_web_page_byline() -> None:
    page = (
        "<html><head><title>Copper permits reviewed</title></head><body><article>"
        "<h1>Copper permits reviewed</h1><div class='byline'>By Chanda Mwale in Ndola</div>"
        "<p>The trade minister met a delegation of copper buyers on Tuesday to review export "
        "permits and the fees charged at the border.</p></article></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("story.html", page.encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    assert record.dateline == "Ndola"
