"""A dateline in capitals ended by a hyphen glued to its day or to an agency's name in brackets,
written for these tests.

Some Southern African papers print "MASERU, June 12-Lesotho and ..." and "MASERU (Lesotho News
Agency)-The minister ...", with no space on either side of the hyphen. Only a hyphen after an
agency in capitals ("(BSS)-Bangladesh") had ended a dateline, and such stories had none. After
a place in capitals, a glued hyphen after the day's figure or after a credit of capitalised
words now ends it; a range of days, a compound word and a Title-case place's bracket end none
(a Title-case place set off by a comma before its date: see
test_datelines_hyphen_glued_after_a_month_or_title_place.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "head", "day"),
    [
        (
            "MASERU, June 12-Lesotho and South Africa agreed to share the dam's water.",
            "MASERU, June 12-",
            None,
        ),
        (
            "MASERU, 12 June 2025-The water ministers met on Monday.",
            "MASERU, 12 June 2025-",
            date(2025, 6, 12),
        ),
        (
            "MASERU (Lesotho News Agency)-The water ministers met on Monday.",
            "MASERU (Lesotho News Agency)-",
            None,
        ),
    ],
)
def test_a_glued_hyphen_ends_the_dateline(text: str, head: str, day: date | None) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == "Maseru" and found.date == day
    assert text[found.start : found.end] == head


@pytest.mark.parametrize(
    "text",
    [
        "MASERU, June 12-14 talks on the dam ended without a deal.",
        "Maseru (Lesotho)-South Africa ties grew in 2024.",
        "MASERU (Lesotho Highlands)-based engineers met the minister.",
    ],
)
def test_no_dateline_for_ranges_compounds_and_title_case(text: str) -> None:
    assert find_dateline(text) is None
