"""Label lines above a story that open on "Dated:", "Date:", "Sent:" or "Subject:", written for
these tests.

A press office dates its release on a line of its own ("Dated: 9th June 2025") and a mailed
story keeps its mail's header lines ("Sent: Monday, June 9, 2025"); the label had been read as
a dateline's place ("Dated", "Sent"), and the story's own dateline below it was lost. Such
words are labels, never places; a place ended by a colon stays a dateline.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

LEAD = "Botswana and Zambia agreed on Monday to open a new bridge crossing for freight trucks."


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (f"Dated: 9th June 2025\n\nGABORONE, June 9 (BOPA) - {LEAD}", "Gaborone"),
        (f"Date: 09/06/2025\n\nLUSAKA - {LEAD}", "Lusaka"),
        (f"Sent: Monday, June 9, 2025 10:12 AM\nSubject: Bridge\n\nKASANE, Botswana - {LEAD}", "Kasane"),
        (f"Dated: 9th June 2025\n\n{LEAD}", None),
        (f"Gaborone: {LEAD}", "Gaborone"),
    ],
)  # fmt: skip
def test_a_label_line_is_no_dateline(text: str, city: str | None) -> None:
    found = find_dateline(text)
    assert (found.city if found else None) == city
