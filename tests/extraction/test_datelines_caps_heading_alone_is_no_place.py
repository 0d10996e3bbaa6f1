"""Words in capitals alone on their line that no gazetteer knows are no dateline, written for
these tests.

A place in capitals alone on its line ("DOHA") is a dateline when no better one follows; so had
been an all-capitals headline ("NEW TRADE DEAL") or a byline's writer ("CHANDA MWALE" over
"Lusaka"), read as the story's place. `_caps_heading` (datelines.py) now passes over such a line
of two or more words, undated, that the gazetteer does not know as a city. A known city of many
words, one word (maybe a town the gazetteer lacks), a dated line and a dateline below read as
before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = "\n\nThe trade minister met a delegation of copper buyers on Tuesday to review export permits."


@pytest.mark.parametrize("line", ["NEW TRADE DEAL", "CHANDA MWALE", "COPPER TALKS RESUME"])
def test_the_line_is_no_place(line: str) -> None:
    assert find_dateline(line + STORY) is None


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("DAR ES SALAAM", "Dar es Salaam"),
        ("PORT MORESBY", "Port Moresby"),
        ("MONGU", "Mongu"),
        ("THU DUC, June 12, 2025", "Thu Duc"),
        ("NEW TRADE DEAL\n\nSOLWEZI - The minister met buyers.", "Solwezi"),
    ],
)
def test_places_read_as_before(line: str, city: str) -> None:
    found = find_dateline(line + STORY)
    assert found is not None and found.city == city
