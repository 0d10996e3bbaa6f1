"""A gathering ahead told mid-clause after "in preparation for", written for these tests.

"X met Y in Nairobi on Tuesday in preparation for the Kenya-Ethiopia summit" tells a meeting of
Kenya and Uganda; the summit is still ahead, as after "ahead of" or "in the run-up to". Such a
phrase now cuts the main clause where it opens (its "in" and "as" had cut none, so "in the
run-up to the Kenya-Ethiopia summit" made the meeting a forum with Ethiopia as a side), and "in
preparation(s) for" and "as part of preparations for" point ahead as "ahead of" does. "ahead of"
and "during his working visit" read as before, and "as part of his working visit" gives the
visit as "during" does.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)
MET = "Ugandan Foreign Minister Jeje Odongo met Kenyan Foreign Minister Ali Musa in Nairobi on Tuesday"


def _events(text: str) -> list[tuple[str, date | None, str | None, tuple[str, ...]]]:
    return sorted(
        (e.engagement_type, e.engagement_date, e.location, e.countries)
        for e in extract_document(text, PUB).engagements
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "in preparation for the Kenya-Ethiopia summit",
        "in preparations for the Kenya-Ethiopia summit",
        "in the run-up to the Kenya-Ethiopia summit",
        "as part of preparations for the Kenya-Ethiopia summit",
        # near miss, as before
        "ahead of the Kenya-Ethiopia summit",
    ],
)
def test_a_gathering_ahead_is_no_event_of_the_meeting(phrase: str) -> None:
    assert _events(f"{MET} {phrase}.") == [("meeting", date(2025, 6, 10), "Nairobi", ("KEN", "UGA"))]


@pytest.mark.parametrize("opener", ["as part of", "during"])
def test_a_visit_the_meeting_was_part_of_is_told(opener: str) -> None:
    assert _events(f"{MET} {opener} his working visit to Kenya.") == [
        ("meeting", date(2025, 6, 10), "Nairobi", ("KEN", "UGA")),
        ("visit", date(2025, 6, 10), "Nairobi", ("KEN", "UGA")),
    ]
