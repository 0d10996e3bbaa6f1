"""A date in figures opening the paragraph before the dateline's place, written for these tests.

Central Asian agencies date their copy in figures before the place: "2025-06-12 TASHKENT (UzA)
- ...", "12.06.2025 DUSHANBE (Khovar): ...". Only a date with a month's name was passed over,
so such stories had no dateline. A year-first date with hyphens and a day-first date with
dots are passed over too, and date the dateline; before a Title-case word or a short word in
capitals they open none.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city", "day"),
    [
        (
            "2025-06-12 TASHKENT (UzA) - Uzbekistan and Kazakhstan agreed on a joint water board.",
            "Tashkent",
            date(2025, 6, 12),
        ),
        ("12.06.2025 DUSHANBE (Khovar): The Tajik and Kyrgyz premiers met.", "Dushanbe", date(2025, 6, 12)),
        ("3.7.2025 ASHGABAT - Turkmen and Afghan officials met.", "Ashgabat", date(2025, 7, 3)),
        (
            "2025-06-12 - Bishkek, Kyrgyzstan - Kyrgyz and Chinese officials met.",
            "Bishkek",
            date(2025, 6, 12),
        ),
    ],
)
def test_a_date_in_figures_before_the_place_is_passed_and_dates_it(text: str, city: str, day: date) -> None:
    found = find_dateline(text)
    assert found is not None and (found.city, found.date) == (city, day)


@pytest.mark.parametrize(
    "text",
    [
        "12.06.2025 US and Uzbek officials met in Tashkent.",
        "2025-06-12 Talks in Tashkent went on.",
        "12/06/2025 was the day the ministers met.",
    ],
)
def test_no_dateline_after_a_date_before_other_words(text: str) -> None:
    assert find_dateline(text) is None
