"""Sessions numbered in words past the tenth, written for these tests.

Long-standing joint bodies count their sittings far past ten, and copy writes the number out
("the fourteenth Intergovernmental Commission", "the twenty-first round"). Such an ordinal is
read as "tenth" and "14th" are (the session had been missed: the ordinal stopped the reading
of the body's name). A digit ordinal reads as before, and an ordinal of no sitting ("the
thirtieth anniversary") tells no event.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday
WED = date(2025, 3, 5)


def _events(text: str) -> list[tuple[str, date | None, str | None, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.location, e.countries)
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    "ordinal", ["eleventh", "fourteenth", "nineteenth", "twentieth", "twenty-first", "thirty-second", "14th"]
)
def test_a_body_held_by_its_ordinal(ordinal: str) -> None:
    text = (
        f"Kazakhstan and Uzbekistan held the {ordinal} Kazakh-Uzbek Intergovernmental Commission in Astana "
        "on Wednesday."
    )
    assert _events(text) == [("forum", WED, "Astana", ("KAZ", "UZB"))]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakh and Uzbek ministers co-chaired the fourteenth Intergovernmental Commission in Astana on "
        "Wednesday.",
        "Kazakhstan and Uzbekistan held the thirteenth round of their joint commission in Astana on "
        "Wednesday.",
    ],
)
def test_other_sittings_by_their_ordinal(text: str) -> None:
    assert _events(text) == [("forum", WED, "Astana", ("KAZ", "UZB"))]


def test_an_ordinal_of_no_sitting_tells_no_event() -> None:
    text = (
        "Kazakh Deputy Prime Minister Serik Zhumangarin said on Wednesday that the thirtieth anniversary of "
        "ties with Uzbekistan would be marked in May."
    )
    assert _events(text) == []
