"""A byline line whose place is followed by its country or the date, written for these tests.

Papers that print no dateline sign the story with the writer or the role and the city, and often
go on with the city's country or the day: "By Amina Yusuf, Lagos, Nigeria", "Staff Reporter,
Lusaka | 12 June 2025". The line's last part was no city, and the line had placed nothing.
`_without_signed_tail` (datelines.py) now cuts one or two such tails (a country that is no city,
a date alone) before the byline is read. A line left with no city ("By Amina Yusuf, Nigeria",
"By Amina Yusuf | 12 June 2025"), a line that is no byline, and a country whose capital bears
its name read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = "\n\nThe trade minister met a delegation of cotton buyers on Tuesday to review export permits."


@pytest.mark.parametrize(
    ("byline", "city"),
    [
        ("By Amina Yusuf, Lagos, Nigeria", "Lagos"),
        ("Staff Reporter, Lusaka | 12 June 2025", "Lusaka"),
        ("By Li Na, Lusaka, Zambia | June 12, 2025", "Lusaka"),
        ("By Tendai Moyo, Staff Reporter, Bulawayo, Zimbabwe", "Bulawayo"),
        ("BY GRACE NJERI, MOMBASA, KENYA", "Mombasa"),
        ("By Nguyen Van An | Hanoi | 12/06/2025", "Hanoi"),
        ("Our Correspondent, Chittagong - 12 June 2025", "Chittagong"),
        ("By Omar Al-Harthy, Kuwait City, Kuwait", "Kuwait City"),
    ],
)
def test_the_city_before_the_tail_is_the_place(byline: str, city: str) -> None:
    found = find_dateline(byline + STORY)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    "byline",
    [
        "By Amina Yusuf, Nigeria",
        "By Amina Yusuf | 12 June 2025",
        "By Amina Yusuf, Reuters | 12 June 2025",
        "Talks end | Progress | Lusaka | 12 June 2025",
        "Zambia, Malawi sign deal, Zambia",
    ],
)
def test_no_place_is_read(byline: str) -> None:
    assert find_dateline(byline + STORY) is None


def test_a_dateline_below_wins() -> None:
    found = find_dateline("By Amina Yusuf, Lagos, Nigeria\n\nABUJA - The minister met buyers on Tuesday.")
    assert found is not None and found.city == "Abuja"
