"""A wire's dateline after a byline labelled "Written by" or "Reported by" on one line, written
for these tests.

A byline may open on its verb: "Written by Abena Owusu, KUMASI, June 12 - ...", "Reported by
Li Na | KAMPALA (Xinhua) -- ...". The byline followed by a dateline on its line was read only
after a bare "By", so such stories had no dateline. The verbs "Written", "Reported", "Posted"
and "Compiled" may open it; a byline signed with a role, and a sentence opening on "Written",
keep no dateline.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Written by Abena Owusu, KUMASI, June 12 - Ghanaian and Ivorian cocoa boards met.", "Kumasi"),
        ("Reported by Li Na | KAMPALA (Xinhua) -- Uganda and China signed a loan accord.", "Kampala"),
        ("Compiled by Tendai Moyo - BULAWAYO - Zimbabwe and Botswana met on Monday.", "Bulawayo"),
    ],
)
def test_the_dateline_after_a_labelled_byline_is_read(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    "text",
    [
        "Written by Abena Owusu, Staff Writer - Ghana and Togo met on Monday.",
        "Written in haste, the note said the talks had ended.",
    ],
)
def test_no_dateline_after_a_byline_without_a_place(text: str) -> None:
    assert find_dateline(text) is None
