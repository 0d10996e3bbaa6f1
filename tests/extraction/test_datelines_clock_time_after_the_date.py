"""Datelines that stamp a clock time after their date, written for these tests.

Agencies of Central Asia and the Caucasus, and many news sites, print the hour the copy was filed
after the dateline's date: "ALMATY, 5 March 2025, 11:20 (Kazinform) - ...", "Baku, March 5,
16:05 GMT+4 - ...". The time ended the dateline's elements before the dash, and such a story had
no dateline nor date. The time is now one of the elements; a count after the date stays none.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city", "head", "day"),
    [
        ("ALMATY, 5 March 2025, 11:20 (Kazinform) - Kazakhstan and Kyrgyzstan opened a rail crossing.",
         "Almaty", "ALMATY, 5 March 2025, 11:20 (Kazinform) -", date(2025, 3, 5)),
        ("Baku, March 5, 16:05 GMT+4 - Azerbaijan and Georgia signed a transit accord.",
         "Baku", "Baku, March 5, 16:05 GMT+4 -", None),
        ("YEREVAN, 5 March 2025 09.40 AM — Armenia and Iran agreed to expand the Meghri crossing.",
         "Yerevan", "YEREVAN, 5 March 2025 09.40 AM —", date(2025, 3, 5)),
        ("Ashgabat, March 5, 2025, 10:15 (UTC) -- Turkmenistan and Uzbekistan met.",
         "Ashgabat", "Ashgabat, March 5, 2025, 10:15 (UTC) --", date(2025, 3, 5)),
    ],
)  # fmt: skip
def test_the_clock_time_is_part_of_the_dateline(text: str, city: str, head: str, day: date | None) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city
    assert text[found.start : found.end] == head
    assert found.date == day


def test_a_count_after_the_date_is_no_clock_time() -> None:
    text = "Dushanbe, March 5, 14 firms signed deals with Chinese buyers."
    assert find_dateline(text) is None
