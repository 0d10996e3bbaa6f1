"""A stamp line that opens on a weekday's short name is no dateline, written for these tests.

"Tue, 06/10/2025 - 09:12" above a story, as Drupal stamps it, had been read as a dateline of
the place "Tue" (a date after a comma, then a dash); the story's own "ACCRA - " below it was
passed over. Places whose name opens on such a word ("Thu Duc City", "Sun City") stay
datelines.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

LEAD = "Ghana and Togo agreed on Tuesday to cut tariffs on processed cocoa, the two trade ministers said."


@pytest.mark.parametrize(
    "stamp", ["Tue, 06/10/2025 - 09:12", "Wed, 11 Jun 2025 - 10:00", "SAT, 14/06/2025 - 08:30"]
)
def test_the_stamp_is_no_dateline(stamp: str) -> None:
    assert find_dateline(f"{stamp}\n\n{LEAD}") is None
    found = find_dateline(f"{stamp}\n\nACCRA - {LEAD}")
    assert found is not None and found.city == "Accra"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (f"THU DUC CITY, June 12 (VNA) - {LEAD}", "Thu Duc City"),
        (f"Sun City, South Africa - {LEAD}", "Sun City"),
    ],
)
def test_places_opening_on_such_a_word_stay(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city
