"""A visitor who addresses or attends a forum told without its name, in the country where the
story's other events take place, meets the host's side there, invented for these tests.

"President A held talks with Zimbabwean President B in Pretoria. The following day, the visiting
president addressed a business forum in Johannesburg": a forum in South Africa, whose side is the
host's, as a visit's host is. With the visitor's side alone it had been dropped. A forum named by
its proper name ("the World Economic Forum in Geneva") may be of any place, and one in a country
where the story tells no other event gives no side of its place.
"""

from __future__ import annotations

from datetime import date

from test_engagements import extract, people, story, summary

PUB = date(2025, 6, 17)  # a Tuesday
LEAD = (
    "PRETORIA, June 17 - South African President Thabo Ndlovu on Monday held talks with Zimbabwean "
    "President Tendai Moyo in Pretoria."
)


def _forums(text: str) -> list[tuple]:
    return [(*summary(e), people(e)) for e in extract(text, PUB) if e.engagement_type == "forum"]


def test_the_visiting_president_addressed_a_business_forum() -> None:
    text = story(
        LEAD, "The following day, the visiting president addressed a business forum in Johannesburg."
    )
    assert _forums(text) == [("forum", "2025-06-17", ("ZAF", "ZWE"), "Johannesburg", ["Tendai Moyo"])]


def test_the_visitor_by_name_spoke_at_an_investment_conference() -> None:
    text = story(LEAD, "On Tuesday, Moyo spoke at an investment conference in Durban.")
    assert _forums(text) == [("forum", "2025-06-17", ("ZAF", "ZWE"), "Durban", ["Tendai Moyo"])]


def test_a_named_forum_elsewhere_gives_no_side_of_its_place() -> None:
    text = story(LEAD, "Moyo addressed the World Economic Forum in Geneva on Tuesday.")
    assert _forums(text) == []


def test_a_forum_in_a_country_of_no_other_event_gives_no_side() -> None:
    text = story(LEAD, "Moyo addressed a business forum in Geneva on Tuesday.")
    assert _forums(text) == []


def test_a_forum_told_as_the_purpose_of_a_stay_gives_no_side() -> None:
    text = (
        "Peruvian Energy Minister Rosa Quispe, who is in Accra for a mining forum, met Ghanaian Lands "
        "Minister Kofi Mensah on Monday."
    )
    assert _forums(text) == []
