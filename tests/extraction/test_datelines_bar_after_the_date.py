"""A dateline set apart from the story by a bar after its date, written for these tests.

Sites that print the place and the date as a stamp run into the story write "Kampala, Uganda |
June 12, 2025 | Uganda and Kenya ...": the words after the second bar had been read as an
agency's name, nothing ended the dateline, and the story had none. A spaced bar or bullet after
the date now ends it, when the story's words follow; a stamp line's label or byline after the
bar ("| By ...", "| Updated: ...") and a bar after no date read as before, and an agency after
a bar still ends the dateline ("Lagos | NAN - ...").
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city", "day"),
    [
        (
            "Kampala, Uganda | June 12, 2025 | Uganda and Kenya agreed to share a customs post.",
            "Kampala",
            date(2025, 6, 12),
        ),
        (
            "KIGALI | 3 March 2025 | The Rwandan president received the Burundian envoy.",
            "Kigali",
            date(2025, 3, 3),
        ),
        (
            "Gaborone • Tue, May 6, 2025 • Botswana and Namibia signed a water accord.",
            "Gaborone",
            date(2025, 5, 6),
        ),
    ],
)
def test_a_bar_after_the_date_ends_the_dateline(text: str, city: str, day: date) -> None:
    found = find_dateline(text)
    assert found is not None and (found.city, found.date) == (city, day)
    assert text[found.end : found.end + 1].isupper()


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Lagos | NAN - The Nigerian and Beninese ministers met.", "Lagos"),
        ("Vilnius • LRT. The Lithuanian president received the Polish premier.", "Vilnius"),
        # a byline after the bar: the dateline of the next paragraph, as before
        ("Lusaka | June 12, 2025 | By Jane Mwale\n\nNDOLA - Zambia and Congo met.", "Ndola"),
    ],
)
def test_agencies_and_bylines_after_a_bar_read_as_before(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    "text",
    [
        "Exports | Imports | 2023 figures\n\nThe ministers met on Monday.",
        "Home | June 12, 2025 | Uganda and Kenya met.",
    ],
)
def test_no_dateline_without_a_place_and_a_date(text: str) -> None:
    assert find_dateline(text) is None
