"""A full date opening the paragraph before the dateline's place, written for these tests.

Some agencies open their copy on the date and then the place in capitals, with no mark between:
"June 12, 2025 KABUL (Pajhwok): ...". Only a date followed by a dash, a bar or a bullet had been
passed over, so the story had no dateline. The date is passed over before a place in capitals
too, and a date so written before the place dates the dateline when it states none of its own
(also "June 5, 2024 - Manila, Philippines - ...", which had been placed but not dated). A date
before a Title-case word or a short word in capitals opens no dateline.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline
from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile


@pytest.mark.parametrize(
    ("text", "city", "day"),
    [
        (
            "June 12, 2025 KABUL (Pajhwok): Afghanistan and Uzbekistan opened a rail freight link.",
            "Kabul",
            date(2025, 6, 12),
        ),
        (
            "12 June 2025 TASHKENT - Uzbekistan and Tajikistan agreed on water quotas.",
            "Tashkent",
            date(2025, 6, 12),
        ),
        (
            "March 3, 2025 DUSHANBE, Tajikistan - The Tajik president received the Kyrgyz premier.",
            "Dushanbe",
            date(2025, 3, 3),
        ),
        (
            "June 5, 2024 - Manila, Philippines - Canada and the Philippines signed a labour accord.",
            "Manila",
            date(2024, 6, 5),
        ),
    ],
)
def test_a_date_before_the_place_is_passed_and_dates_it(text: str, city: str, day: date) -> None:
    found = find_dateline(text)
    assert found is not None and (found.city, found.date) == (city, day)


def test_the_datelines_own_date_wins() -> None:
    found = find_dateline("June 12, 2025 KABUL, June 11, 2025 (Pajhwok): Afghan officials met.")
    assert found is not None and found.date == date(2025, 6, 11)


@pytest.mark.parametrize(
    "text",
    [
        "June 12, 2025 US and Chinese officials met in Geneva.",
        "June 12, 2025 Kabul hosted a regional meeting.",
        "June 12, 2025 was the day the two ministers met.",
    ],
)
def test_no_dateline_after_a_date_before_other_words(text: str) -> None:
    assert find_dateline(text) is None


def test_the_leading_date_is_the_storys_publication_date() -> None:
    text = "June 12, 2025 KABUL (Pajhwok): Afghanistan and Uzbekistan opened a rail freight link."
    (record,) = parse_raw_file(RawFile("rail.txt", text.encode()), max_bytes=100_000, today=date(2026, 1, 1))
    assert isinstance(record, Document)
    assert (record.dateline, record.published_date) == ("Kabul", date(2025, 6, 12))
