"""A stamp line that gives the clock time between its date and its place, written for these tests.

Sites and agencies set the date, the time and the place on one line before the story: "12 June
2025 | 10:31 | Lilongwe", "June 12, 2025 09:15 AM CAT - LUSAKA - ...", "12.06.2025 10:30 KABUL
(Pajhwok): ...". A date before the place was passed over, but the time after it hid the place,
and the story had had no dateline. The time (with AM or PM, a zone or "hrs") may now follow the
date. A stamp with no place after its time, a stamp's label ("Updated"), and a sentence after
a time read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = "The two ministers met on Tuesday to review a border trade accord."


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (f"12 June 2025 | 10:31 | Lilongwe\n\n{STORY}", "Lilongwe"),
        (f"June 12, 2025 | 10:31 AM | BLANTYRE\n\n{STORY}", "Blantyre"),
        (f"June 12, 2025 09:15 AM CAT - LUSAKA - {STORY}", "Lusaka"),
        (f"12.06.2025 10:30 KABUL (Pajhwok): {STORY}", "Kabul"),
        (f"2025-06-12 14:02 TASHKENT (UzA) - {STORY}", "Tashkent"),
        (f"12 June 2025 • 16.45 hrs • HARARE - {STORY}", "Harare"),
    ],
)
def test_the_place_after_the_time_is_the_dateline(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city


def test_the_stamp_dates_a_dateline_on_the_story_line() -> None:
    found = find_dateline(f"12.06.2025 10:30 KABUL (Pajhwok): {STORY}")
    assert found is not None and found.date == date(2025, 6, 12)


@pytest.mark.parametrize(
    "text",
    [
        f"12 June 2025 | 10:31\n\n{STORY}",
        f"12 June 2025 10:31 {STORY}",
        f"12 June 2025 | 10:31 | Updated\n\n{STORY}",
    ],
)
def test_no_place_after_the_time(text: str) -> None:
    assert find_dateline(text) is None
