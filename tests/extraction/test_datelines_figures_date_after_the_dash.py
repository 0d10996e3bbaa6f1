"""A date in figures right after a dateline's dash, written for these tests.

"Mzuzu — 12/06/2025 — ..." had given the dateline Mzuzu with no date, though a date in words
there ("Mzuzu — June 12, 2025 — ...") dates it. A date in figures after the dash, closed by a
period, a colon or another dash, now dates the dateline too; a story's sentence opening on such
a date ("12/06/2025 was the day ...") stays no date of it.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = "Coffee growers in the north agreed a new export quota with buyers from the coast."


@pytest.mark.parametrize(
    "opening",
    [
        f"Mzuzu — 12/06/2025 — {STORY}",
        f"MZUZU - 2025-06-12: {STORY}",
        f"MZUZU - 12.06.2025. {STORY}",
    ],
)
def test_a_date_in_figures_after_the_dash_dates_the_dateline(opening: str) -> None:
    found = find_dateline(opening)
    assert found is not None
    assert (found.city, found.date) == ("Mzuzu", date(2025, 6, 12))


def test_a_sentence_opening_on_a_date_in_figures_is_no_date_of_it() -> None:
    found = find_dateline(f"MZUZU - 12/06/2025 was the day the quota was agreed. {STORY}")
    assert found is not None
    assert found.city == "Mzuzu"
    assert found.date is None


def test_a_date_in_words_after_the_dash_stays_as_before() -> None:
    found = find_dateline(f"Mzuzu — June 12, 2025 — {STORY}")
    assert found is not None
    assert found.date == date(2025, 6, 12)
