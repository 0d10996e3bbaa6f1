"""Given names that are days of the week, written for these tests.

West African and South Sudanese officials are often named for the day they were born ("Sunday",
"Monday", "Friday"); after a title, a day was read as a date, so "Sports Minister Sunday Okoro"
lost the person altogether and "Minister of Foreign Affairs Monday Deng Garang" left "Deng
Garang" with no title and the host's country. Right after a title and before a capitalized
word of a name, in running text, the day is the name's first word, as a month is ("Foreign
Minister January X"); a day that dates the event is written after "on" or after the name.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday

Person = tuple[str, str | None, str | None]


def _people(text: str) -> list[Person]:
    (event,) = extract_document(text, PUB).engagements
    return [(p.name, p.title, p.country_iso3) for p in event.participants if p.participant_type == "person"]


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        ("Liberian President Kollie Tarr received Nigerian Sports Minister Sunday Okoro in Monrovia "
         "on Monday.", ("Sunday Okoro", "Sports Minister", "NGA")),
        ("Liberian President Kollie Tarr received Nigeria's Minister of Sports Sunday Okoro in "
         "Monrovia on Monday.", ("Sunday Okoro", "Minister of Sports", "NGA")),
        ("Liberian President Kollie Tarr received South Sudan's Minister of Foreign Affairs Monday "
         "Deng Garang in Monrovia on Monday.", ("Monday Deng Garang", "Minister of Foreign Affairs", "SSD")),
        ("Liberian President Kollie Tarr received Ghanaian Deputy Trade Minister Friday Mensah in "
         "Monrovia on Monday.", ("Friday Mensah", "Deputy Trade Minister", "GHA")),
    ],
)  # fmt: skip
def test_a_day_after_a_title_opens_the_name(text: str, guest: Person) -> None:
    assert _people(text) == [("Kollie Tarr", "President", "LBR"), guest]


@pytest.mark.parametrize(
    "text",
    [
        # the day dates the meeting: after "on", or after the name, as before
        "Liberian President Kollie Tarr received Nigerian Sports Minister Bala Okoro on Monday in Monrovia.",
        "Liberian President Kollie Tarr Monday received Nigerian Sports Minister Bala Okoro in Monrovia.",
    ],
)
def test_a_day_that_dates_the_meeting_is_no_name(text: str) -> None:
    assert _people(text) == [("Kollie Tarr", "President", "LBR"), ("Bala Okoro", "Sports Minister", "NGA")]
