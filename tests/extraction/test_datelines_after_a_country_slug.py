"""A dated dateline after a country's slug on the same line, written for these tests.

Briefs and regional round-ups head an item with its country, then the place of filing:
"ZAMBIA: Lusaka, June 12 - ...", "KENYA - NAIROBI, June 12 -- ...". The country alone is a
slug, no place of filing (`datelines._country_only`), and the story had had no dateline at all.
A dated dateline right after the slug is now the story's (`_dateline_after_slug`). Unchanged:
an undated capitalized word after the slug, the story's first ("SAMOA - A Chinese delegation
..."), a second country after the first ("ZAMBIA - MALAWI, June 12 -"), and an undated city.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = " Zambia and Malawi signed a trade pact on Tuesday."


@pytest.mark.parametrize(
    ("opening", "city", "day"),
    [
        ("ZAMBIA: Lusaka, June 12 –", "Lusaka", "June 12"),
        ("ZAMBIA: LUSAKA, June 12 -", "Lusaka", "June 12"),
        ("KENYA - NAIROBI, June 12 --", "Nairobi", "June 12"),
        ("SAMOA - APIA, 12 June -", "Apia", "12 June"),
    ],
)
def test_the_dateline_after_the_slug(opening: str, city: str, day: str) -> None:
    found = find_dateline(opening + STORY)
    assert found is not None and found.city == city
    assert found.yearless == day and found.end == len(opening)


@pytest.mark.parametrize(
    "opening",
    ["SAMOA - A Chinese delegation arrived.", "ZAMBIA - MALAWI, June 12 -", "KENYA: Lusaka -"],
)
def test_other_slugs_give_no_dateline(opening: str) -> None:
    assert find_dateline(opening + STORY) is None
