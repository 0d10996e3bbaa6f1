"""A gathering the traveller left before arriving, told in a participle or relative clause of
the journey, written for these tests.

"X arrived in Accra on Tuesday, having flown in from Ethiopia after attending the AU summit in
Addis Ababa": the "after" that follows the place a journey came from ("flown in from Ethiopia |
after ...", "coming from Addis Ababa | following ...") opens an anchor of its own, as it does in
"arrived in Accra after attending the summit". The summit is only what the arrival is set
against in time, no engagement of the story (it had been read as the participle's own event, a
forum of the traveller and the place left, dated and placed by the arrival). "flown" is now also
a verb of arrival whose "from" names the place left. An event named with its sides ("after the
Ethiopia-Kenya business forum"), an "after" with no journey before it, and talks with a named
host keep what they gave.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 5)
LEAD = "ACCRA, March 4 (GNA) - Kenyan President William Ruto arrived in Accra on Tuesday, "
VISIT = ("2025-03-04", "visit", "Accra", ("GHA", "KEN"))


def _found(text: str) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    return sorted(
        (str(e.engagement_date), e.engagement_type, e.location, e.countries)
        for e in extract_document(text, PUB).engagements
    )


@pytest.mark.parametrize(
    "tail",
    [
        "having flown in from Ethiopia after attending the African Union summit in Addis Ababa.",
        "coming from Ethiopia after attending the African Union summit in Addis Ababa.",
        "coming from Addis Ababa following the African Union summit.",
        "having flown in from Ethiopia after attending the African Union summit.",
        "travelling from Addis Ababa after taking part in the African Union summit there.",
    ],
)
def test_the_gathering_left_is_no_engagement(tail: str) -> None:
    assert _found(LEAD + tail) == [VISIT]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # a named forum of the traveller's side and the place left: told with its sides
        (
            "coming from Ethiopia after the Ethiopia-Kenya business forum in Addis Ababa.",
            [("2025-03-04", "forum", "Addis Ababa", ("ETH", "KEN")), VISIT],
        ),
        # no journey before "after": a clause of its own, read as before
        (
            "hours after the Kenyan cabinet met in Nairobi.",
            [VISIT],
        ),
        # the place left told first, the summit after a comma: as before
        (
            "having flown in from Ethiopia, after attending the African Union summit in Addis Ababa.",
            [VISIT],
        ),
    ],
)
def test_near_misses_keep_their_events(tail: str, expected: list[tuple]) -> None:
    assert _found(LEAD + tail) == expected


def test_relative_clause_of_the_journey_stays_as_it_was() -> None:
    text = (
        "ACCRA, March 4 (GNA) - Kenyan President William Ruto, who flew in from Addis Ababa after "
        "attending the African Union summit, arrived in Accra on Tuesday."
    )
    assert _found(text) == [VISIT]
