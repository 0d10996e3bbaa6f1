"""A body's name in a title runs on over an "on" complement naming its field, as the
organization grammar reads it: "chairman of the X Council on Foreign Trade." gives the title
"chairman" and the whole body (it had been cut to "X Council", or the council read as a
government's, "president of the X Council"). A day, a country, a one-word place other than a
continent, a legislature's committee brief and a government's council stay as before.
Invented names and sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document
from orchestration.extraction.titles import find_titles


def titled(sentence: str) -> list[tuple[str, str | None]]:
    return [(m.title, m.organization) for m in find_titles(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The minister received Lena Holm, chairwoman of the Nordic Council on Foreign Trade.",
            ("chairwoman", "Nordic Council on Foreign Trade"),
        ),
        (
            "The minister received Lena Holm, president of the Business Council on Asia.",
            ("president", "Business Council on Asia"),
        ),
        (
            "Lena Holm, director of the Pacific Institute on Ocean Policy, said talks went well.",
            ("director", "Pacific Institute on Ocean Policy"),
        ),
        (
            "The minister received the chairman of the Baltic Forum on International Trade, Ivo Tamm.",
            ("chairman", "Baltic Forum on International Trade"),
        ),
        (
            "The minister received the head of the Nordic Council on Foreign Trade Ivo Tamm.",
            ("head", "Nordic Council on Foreign Trade"),
        ),
    ],
)
def test_a_bodys_field_after_on_is_part_of_its_name(sentence: str, expected: tuple) -> None:
    assert titled(sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The minister received Ivo Tamm, chairman of the Trade Commission on Monday.",
            ("chairman of the Trade Commission", None),
        ),
        (
            "The minister received Ivo Tamm, head of the Commission on Peru, in Lima.",
            ("head of the Commission", None),
        ),
        (
            "The minister received the Chairman of the State Council Wu Ming.",
            ("Chairman of the State Council", None),
        ),
        (
            "The minister received the chairperson of the Senate Committee on Foreign Affairs Ivo Tamm.",
            ("chairperson of the Senate Committee on Foreign Affairs", None),
        ),
    ],
)
def test_a_day_a_place_a_brief_or_a_state_council_stay_as_before(sentence: str, expected: tuple) -> None:
    assert titled(sentence)[-1] == expected


def test_the_officer_of_such_a_body_is_of_its_country() -> None:
    text = (
        "Zambian President Mary Banda held talks on Wednesday with Ivo Tamm, chairman of the "
        "Canadian Council on Foreign Trade."
    )
    (meeting,) = extract_document(text, date(2024, 5, 15), None).engagements
    people = [(p.name, p.title, p.country_iso3, p.organization) for p in meeting.participants]
    assert ("Ivo Tamm", "chairman", "CAN", "Canadian Council on Foreign Trade") in people


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Zambian President Mary Banda met Canadian Council on Foreign Trade chairman Ivo Tamm.",
            ("Ivo Tamm", "chairman", "CAN", "Canadian Council on Foreign Trade"),
        ),
        (
            "Zambian President Mary Banda held talks with Irish Forum on Asia president Ivo Tamm.",
            ("Ivo Tamm", "president", "IRL", "Irish Forum on Asia"),
        ),
    ],
)
def test_such_a_body_before_a_lower_case_title_is_its_officers(sentence: str, expected: tuple) -> None:
    (meeting,) = extract_document(sentence, date(2024, 5, 15), None).engagements
    people = [(p.name, p.title, p.country_iso3, p.organization) for p in meeting.participants]
    assert expected in people
    assert meeting.topics == ()


def test_a_body_before_on_and_a_day_keeps_the_day_out_of_its_name() -> None:
    assert titled("Lena Holm briefed the Security Council on Tuesday.") == []
