"""Dates with dots: a two-digit year, or the year first, written for these tests.

"They met on 31.05.25" is 31 May 2025 (German, Russian, Turkish and Central Asian copy), and "on
2025.06.05" 5 June 2025 (Korean, Chinese and Hungarian copy, as "2025/06/05" already was); both
had been no date, so the engagement took the publication date. A two-digit year is of this
century and needs a day and a month of two digits each ("5.6.25" is no date), the month 01-12.
"01.04.2024", "2025/06/05", "in 2025." and a decimal after a year read as before.
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
        ("The ministers met on 31.05.25 in Astana.", [date(2025, 5, 31)]),
        ("The ministers met on 05.06.25 in Astana.", [date(2025, 6, 5)]),
        ("The ministers met on 2025.06.05 in Seoul.", [date(2025, 6, 5)]),
        ("The ministers met on 2025.6.5 in Seoul.", [date(2025, 6, 5)]),
        # as before
        ("The ministers met on 2025/06/05 in Seoul.", [date(2025, 6, 5)]),
        ("The ministers met on 01.04.2024 in Astana.", [date(2024, 4, 1)]),
        ("The ministers met on 5.6.25 in Astana.", []),
        ("The ministers met on 31.13.25 in Astana.", []),
        ("Exports rose in 2025.06 terms.", []),
        ("Exports rose in 2025. 12 ministers met.", [None]),
    ],
)
def test_dotted_dates(text: str, expected: list[date | None]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakh Foreign Minister Murat Nurtleu met Chinese Ambassador Han Chunlin on 31.05.25.",
         date(2025, 5, 31)),
        ("Korean Foreign Minister Cho Tae-yul met Japanese Foreign Minister Takeshi Iwaya on 2025.06.05.",
         date(2025, 6, 5)),
    ],
)  # fmt: skip
def test_engagement_on_a_dotted_date(text: str, expected: date) -> None:
    (found,) = extract_engagements(text, split_sentences(text), PUBLISHED, None)
    assert found.engagement_date == expected
