"""A story signed "From <writer> in <city>" is placed in that city, written for these tests.

British and Commonwealth papers sign a story filed abroad with "From" the writer "in" the city:
"From Chanda Mwale in Lusaka", "FROM GRACE NJERI IN NAIROBI". Only "By" had opened such a
signature, and the line had placed nothing. `_SIGNED_IN` (datelines.py) now takes "From" too. A
line with no "in" ("From Chanda Mwale, Lusaka", "From Nairobi to Lusaka") and a dateline below
read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = "\n\nThe trade minister met a delegation of copper buyers on Tuesday to review export permits."


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("From Chanda Mwale in Lusaka", "Lusaka"),
        ("FROM GRACE NJERI IN NAIROBI", "Nairobi"),
        ("From Tendai Moyo in Harare, Zimbabwe", "Harare"),
    ],
)
def test_the_city_is_the_place(line: str, city: str) -> None:
    found = find_dateline(line + STORY)
    assert found is not None and found.city == city


@pytest.mark.parametrize("line", ["From Chanda Mwale, Lusaka", "From Nairobi to Lusaka"])
def test_no_place_is_read(line: str) -> None:
    assert find_dateline(line + STORY) is None


def test_a_dateline_below_wins() -> None:
    found = find_dateline("From Chanda Mwale in Lusaka\n\nNDOLA - The minister met buyers on Tuesday.")
    assert found is not None and found.city == "Ndola"
