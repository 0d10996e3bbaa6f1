"""A full date in parentheses right after a dateline's dash, written for these tests.

Some government releases write "Georgetown, Guyana – (June 12, 2025) Guyana and ..." or "SUVA -
(Thursday, 12 June 2025) - The ...": the place, its dash, then the date in parentheses before
the story. A date after the dash was read only bare ("BOGOTÁ — May 15, 2025. "), so this one was
left at the head of the story and the dateline dated nothing. It is now the dateline's date,
with a dash or a colon after it kept in the dateline. An agency's credit after the dash, a
yearless day there, and a date followed by a comma (the story's own clause) read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline

LEAD = "Paraguay and Bolivia signed a memorandum on river transport, the foreign ministry said."


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (f"Asunción, Paraguay – (June 12, 2025) {LEAD}", "Asunción"),
        (f"ASUNCION - (Thursday, 12 June 2025) - {LEAD}", "Asuncion"),
        (f"La Paz, Bolivia — (12th June 2025): {LEAD}", "La Paz"),
    ],
)
def test_the_parenthesized_date_after_the_dash_dates_the_dateline(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and (found.city, found.date) == (city, date(2025, 6, 12))
    assert text[found.end :].lstrip().startswith("Paraguay")


@pytest.mark.parametrize(
    "text",
    [
        f"ASUNCION - (Reuters) - {LEAD}",
        f"ASUNCION - (June 12) {LEAD}",
        f"ASUNCION – (June 12, 2025), {LEAD}",
    ],
)
def test_near_misses_give_no_date(text: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.date is None
