"""A body's name runs on over an "on" complement that names its field ("the Council on Foreign
Relations", "the Corporate Council on Africa"), as it already did before the name's acronym;
a day, a country, a city, any other single place, or an owner's possessive after "on" still
ends the name. Invented names and sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.organizations import organizations_in
from orchestration.extraction.pipeline import extract_document
from orchestration.extraction.titles import Sentence


def names(sentence: str) -> list[str]:
    return [o.name for o in organizations_in(Sentence(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The minister addressed the Nordic Council on Arctic Research in Oslo.",
            ["Nordic Council on Arctic Research"],
        ),
        ("Officials of the Institute on Water Policy attended.", ["Institute on Water Policy"]),
        ("He met members of the Business Council on Asia, a lobby.", ["Business Council on Asia"]),
    ],
)
def test_an_on_complement_naming_a_field_is_part_of_the_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She briefed the Security Council on Thursday.", ["Security Council"]),
        ("She briefed the Security Council on Darfur.", ["Security Council"]),
        ("She briefed the Security Council on Bolivia and Chile.", ["Security Council"]),
        ("She briefed the Security Council on Peru's debt.", ["Security Council"]),
    ],
)
def test_a_day_a_place_or_an_owner_after_on_ends_the_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_a_delegation_of_such_a_body_is_of_its_country() -> None:
    text = (
        "WINDHOEK - Namibian President Lina Amupanda met a delegation of the Canadian Council on "
        "Mining Investment led by Paul Roy on Tuesday."
    )
    (meeting,) = extract_document(text, date(2024, 3, 23), "Windhoek").engagements
    assert meeting.countries == ("CAN", "NAM")
    assert [
        (o.name, o.country_iso3) for o in meeting.participants if o.participant_type == "organization"
    ] == [("Canadian Council on Mining Investment", "CAN")]
