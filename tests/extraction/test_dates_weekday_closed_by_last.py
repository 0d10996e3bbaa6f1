"""A weekday closed by "last", written for these tests.

"They met on Thursday last" in a story of Thursday 12 June 2025 is 5 June, "last Thursday" as
British, Indian and African copy writes it; it had been read as "on Thursday", the day of
publication. "Thursday last week", "Monday last year", "Friday last night" and a bare weekday
read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates
from orchestration.extraction.engagements import extract_engagements
from orchestration.extraction.text import split_sentences

PUBLISHED = date(2025, 6, 12)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met on Thursday last.", [("weekday", date(2025, 6, 5))]),
        ("They met on Thursday last, the ministry said.", [("weekday", date(2025, 6, 5))]),
        ("They met on Tuesday last in Nairobi.", [("weekday", date(2025, 6, 10))]),
        # as before
        ("They met on Thursday.", [("weekday", date(2025, 6, 12))]),
        ("They met on Thursday last week.", [("weekday", date(2025, 6, 5))]),
        ("They met on Monday last year.", [("weekday", date(2025, 6, 9)), ("year", None)]),
        ("They met on Friday last night.", [("weekday", date(2025, 6, 6)), ("relative", date(2025, 6, 11))]),
    ],
)
def test_weekday_closed_by_last(text: str, expected: list[tuple[str, date | None]]) -> None:
    assert [(m.kind, m.date) for m in find_dates(text, PUBLISHED)] == expected


def test_engagement_on_a_weekday_closed_by_last() -> None:
    text = (
        "Kenyan Foreign Minister Musalia Mudavadi met Tanzanian counterpart Mahmoud Kombo on Thursday last."
    )
    (found,) = extract_engagements(text, split_sentences(text), PUBLISHED, None)
    assert found.engagement_date == date(2025, 6, 5)
