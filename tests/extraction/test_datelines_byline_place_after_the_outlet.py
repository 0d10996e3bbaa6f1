"""A byline line that names the writer's outlet or role before its place, written for these tests.

Papers sign a story they print no dateline for with the writer, the outlet or the role, and the
city, parted by commas or bars: "By Lameck Masina, VOA, Blantyre", "By Li Na | Xinhua |
Kampala", "By Amina Yusuf, Staff Reporter, Kano". Only a writer of one part had been read before
the place, and such a line had placed nothing. The place is now the line's last part, after any
number of parts. A last part that is no city ("Staff Reporter", a date alone), and a line
that is no byline ("Talks end | Progress | Lusaka"), place nothing as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = "\n\nThe trade minister met a delegation of tobacco buyers on Tuesday to review export permits."


@pytest.mark.parametrize(
    ("byline", "city"),
    [
        ("By Lameck Masina, VOA, Blantyre", "Blantyre"),
        ("By Li Na | Xinhua | Kampala", "Kampala"),
        ("By Amina Yusuf, Staff Reporter, Kano", "Kano"),
        ("BY TENDAI MOYO, BUSINESS REPORTER, HARARE", "Harare"),
        ("By Amina Yusuf, Kano", "Kano"),
    ],
)
def test_the_last_part_is_the_place(byline: str, city: str) -> None:
    found = find_dateline(byline + STORY)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe, Staff Reporter",
        "By Amina Yusuf | June 12, 2025",
        "Talks end | Progress | Lusaka",
    ],
)
def test_no_place_is_read(byline: str) -> None:
    assert find_dateline(byline + STORY) is None


def test_a_dateline_below_wins() -> None:
    found = find_dateline(
        "By Lameck Masina, VOA, Blantyre\n\nLILONGWE - The trade minister met buyers on Tuesday."
    )
    assert found is not None and found.city == "Lilongwe"
