"""A weekday before a day written as an ordinal with its article, invented for these tests.

"on Wednesday, the 11th of June" is one day, as "on Wednesday, 11 June" is: the article between
the weekday and the date had kept them apart, and the weekday alone had been the last Wednesday
before publication, a second date a week later. Other words between them still part them.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates

PUB = date(2025, 6, 20)  # a Friday; 11 June 2025 was a Wednesday


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, None if m.date is None else m.date.isoformat()) for m in find_dates(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two premiers spoke on Wednesday, the 11th of June.",
            [("Wednesday, the 11th of June", "2025-06-11")],
        ),
        (
            "The accord was initialled on Wednesday the 11th of June, 2025.",
            [("Wednesday the 11th of June, 2025", "2025-06-11")],
        ),
        # as before
        ("The two premiers spoke on Wednesday, 11 June.", [("Wednesday, 11 June", "2025-06-11")]),
        (
            "The envoys met on Wednesday, the talks of 11 June having failed.",
            [("Wednesday", "2025-06-18"), ("11 June", "2025-06-11")],
        ),
    ],
)
def test_weekday_and_ordinal_day(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected
