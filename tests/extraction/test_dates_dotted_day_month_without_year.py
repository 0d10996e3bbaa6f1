"""A day and month written with dots and no year, written for these tests.

"They met on 18.06." is 18 June and "talks on 03.11 in Berlin" 3 November: German, Russian and
Central European copy writes a day and month so, day first always, and the pair had been no date
(the engagement then took the publication date). Read only after "on", with a month of two digits,
a day of two digits unless the closing dot follows, and never before a percent or a measure; a
day after publication is of the year before, as for "on 20/02". Decimals read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates
from orchestration.extraction.engagements import extract_engagements
from orchestration.extraction.text import split_sentences

PUBLISHED = date(2025, 6, 12)


def _dates(text: str) -> list[date | None]:
    return [m.date for m in find_dates(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers met on 10.06. in Berlin.", [date(2025, 6, 10)]),
        ("The ministers met on 3.06.", [date(2025, 6, 3)]),
        ("The ministers met on 03.11 in Berlin.", [date(2024, 11, 3)]),
        ("The ministers met on 18.06.", [date(2024, 6, 18)]),
        ("The ministers met on the 09.06. talks.", [date(2025, 6, 9)]),
        # as before
        ("The ministers met on 10.06.2025 in Berlin.", [date(2025, 6, 10)]),
        ("Prices rose on 10.06 percent.", []),
        ("The index closed on 12.05 points.", []),
        ("The rate settled on 3.06 overall.", []),
        ("The pair met on 31.02.", []),
        ("Output was 10.06 tonnes.", []),
    ],
)
def test_dotted_day_month(text: str, expected: list[date | None]) -> None:
    assert _dates(text) == expected


def test_engagement_on_a_dotted_day() -> None:
    text = "President William Ruto met Ugandan President Yoweri Museveni in Nairobi on 10.06."
    (found,) = extract_engagements(text, split_sentences(text), PUBLISHED, None)
    assert found.engagement_date == date(2025, 6, 10)
