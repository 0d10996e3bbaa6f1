"""A day set off by commas between a passive reception and its agent, written for these tests.

West African wire copy writes "The Ghanaian minister was also received, the same day, by the
Prime Minister, X": the day between commas had ended the search for the "by" of the passive,
so the reception was lost. A weekday, "the same (next, following) day", "that day",
"yesterday" or "today" closed by a comma is now passed over, as ", at the palace," and ", on
Monday," were. A comma before anything else still ends the clause.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 14)  # a Tuesday
MON = date(2025, 10, 13)
LEAD = (
    "Lome, 14 Oct 2025 (ATOP) - The Togolese Minister of Trade, Rose Kayi Mivedor, received in audience, "
    "Monday, October 13, 2025, the Beninese Minister of Industry, Alimatou Shadiya Assouman. "
)


def _meetings(text: str) -> list[tuple[date | None, tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.engagement_date, e.countries, tuple(sorted(p.name for p in e.participants)))
        for e in extract_document(text, PUB, "Lome").engagements
        if e.engagement_type == "meeting"
    ]


@pytest.mark.parametrize(
    ("aside", "day"),
    [
        ("the same day", MON),
        ("that day", MON),
        ("Tuesday", PUB),
        ("today", PUB),
        ("the following day", PUB),
    ],
)
def test_reception_with_a_day_between_commas(aside: str, day: date) -> None:
    text = (
        LEAD
        + f"The Beninese minister was also received, {aside}, by the Prime Minister, Victoire Tomegah Dogbe."
    )
    assert (day, ("BEN", "TGO"), ("Alimatou Shadiya Assouman", "Victoire Tomegah Dogbe")) in _meetings(text)


def test_the_first_reception_stays() -> None:
    text = (
        LEAD + "The Beninese minister was also received, the same day, by the Prime Minister, "
        "Victoire Tomegah Dogbe."
    )
    assert (MON, ("BEN", "TGO"), ("Alimatou Shadiya Assouman", "Rose Kayi Mivedor")) in _meetings(text)


def test_a_comma_before_no_day_still_ends_the_clause() -> None:
    text = LEAD + "The Beninese minister was also received, as the chamber had asked, by traders of the port."
    assert all("Victoire Tomegah Dogbe" not in m[2] for m in _meetings(text))
    assert len(_meetings(text)) == 1
