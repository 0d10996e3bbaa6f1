"""Two officials titled with their countries who agreed on a stated day met, written for
these tests.

"Ghanaian President X and Ivorian President Y on Friday agreed to ..." tells the two agreeing
with each other that day, as "X and his Ivorian counterpart Y agreed on Friday to ..." did
already: their meeting (or call, by phone). The day may stand before the verb ("on Friday
agreed", "Friday agreed") as after it. Before, the sentence had no engagement. An agreement
with no day ("have agreed", "agreed last year"), and sides that are no officials titled with a
country ("Exporters in Kenya and Uganda", two countries' names with no place) give none, as
before; so does an agreement to an event to come ("agreed on Tuesday to hold talks in Prague
next month"), whose day and place are the event's, counterparts' too (they had met on Tuesday
in Prague).
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _events(text: str) -> list[tuple[str, str | None, tuple[str, ...], tuple[str, ...]]]:
    return [
        (
            e.engagement_type,
            e.engagement_date.isoformat() if e.engagement_date else None,
            e.countries,
            tuple(p.name for p in e.participants),
        )
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghanaian President John Mahama and Ivorian President Alassane Ouattara on Friday agreed "
         "to jointly develop a cocoa price mechanism.",
         [("meeting", "2025-06-06", ("CIV", "GHA"), ("John Mahama", "Alassane Ouattara"))]),
        ("Indonesian Foreign Minister Sugiono and Malaysian Foreign Minister Mohamad Hasan agreed "
         "on Tuesday to speed up border demarcation.",
         [("meeting", "2025-06-10", ("IDN", "MYS"), ("Sugiono", "Mohamad Hasan"))]),
        ("Kenyan Trade Minister Lee Kinyanjui and his Tanzanian counterpart Selemani Jafo on "
         "Monday agreed to scrap 14 non-tariff barriers.",
         [("meeting", "2025-06-09", ("KEN", "TZA"), ("Lee Kinyanjui", "Selemani Jafo"))]),
        ("Ghanaian President John Mahama and Ivorian President Alassane Ouattara on Friday agreed "
         "by phone to jointly develop a cocoa price mechanism.",
         [("phone_call", "2025-06-06", ("CIV", "GHA"), ("John Mahama", "Alassane Ouattara"))]),
        # near misses: no day, no titled officials of two countries
        ("Indonesian Foreign Minister Sugiono and Malaysian Foreign Minister Mohamad Hasan have "
         "agreed to speed up border demarcation.", []),
        ("Indonesian Foreign Minister Sugiono and Malaysian Foreign Minister Mohamad Hasan agreed "
         "last year to speed up border demarcation.", []),
        ("Exporters in Kenya and Uganda on Friday agreed to cut prices.", []),
        ("Indonesia and Malaysia on Tuesday agreed to speed up border demarcation.", []),
        # an event agreed on is one to come, counterparts' too (they had met that day, in its place)
        ("Czech Prime Minister Petr Fiala and his Slovak counterpart Robert Fico agreed on "
         "Tuesday to hold talks in Prague next month.", []),
        ("Czech Prime Minister Petr Fiala and Slovak Prime Minister Robert Fico on Tuesday agreed "
         "to meet in Bratislava in July.", []),
    ],
)  # fmt: skip
def test_titled_pair_agreed_on_a_day(
    text: str, expected: list[tuple[str, str | None, tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
