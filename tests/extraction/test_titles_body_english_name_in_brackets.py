"""A body's English name in brackets between its own name and its officer's office, written for
these tests.

Business federations are often named in their own language with an English gloss in brackets,
the officer's office right after it: "Keidanren (Japan Business Federation) Vice Chairman X",
"TUSIAD (Turkish Industry and Business Association) Chairman Y". The gloss broke the office
from the body, so the officer was given no body, and it was read as a second body (or two:
"Turkish Industry" and "Business Association"). Capitalized words in brackets ending on a word
that ends a body's name (or opening on "Confederation", "Federation" ...), before a head or a
word opening one, are that name in English: dropped as a lower-case gloss is.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 14)


def _sides(text: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    (event,) = extract_document(text, PUB).engagements
    people = sorted((p.name, p.organization) for p in event.participants if p.participant_type == "person")
    bodies = sorted(p.name for p in event.participants if p.participant_type == "organization")
    return people, bodies


@pytest.mark.parametrize(
    ("text", "officer", "body"),
    [
        (
            (
                "Keidanren (Japan Business Federation) Vice Chairman Hiroshi Tanabe met Samoan "
                "Prime Minister Tuilaepa Fonoti in Apia on Thursday."
            ),
            "Hiroshi Tanabe",
            "Keidanren",
        ),
        (
            (
                "TUSIAD (Turkish Industry and Business Association) Chairman Selim Karaca held talks "
                "with Uzbek Deputy Prime Minister Aziz Rakhimov in Tashkent on Thursday."
            ),
            "Selim Karaca",
            "TUSIAD",
        ),
        (
            (
                "Confindustria (Confederation of Italian Industry) President Marco Bellini received "
                "Chilean Economy Minister Tomas Araya in Rome on Thursday."
            ),
            "Marco Bellini",
            "Confindustria",
        ),
    ],
)
def test_the_english_name_is_no_second_body(text: str, officer: str, body: str) -> None:
    people, bodies = _sides(text)
    assert (officer, body) in people
    assert bodies == [body]


def test_the_body_written_without_a_gloss_reads_as_before() -> None:
    people, bodies = _sides(
        "Keidanren Vice Chairman Hiroshi Tanabe met Samoan Prime Minister Tuilaepa Fonoti in Apia "
        "on Thursday."
    )
    assert ("Hiroshi Tanabe", "Keidanren") in people
    assert bodies == ["Keidanren"]


def test_an_acronym_in_brackets_is_no_english_name() -> None:
    people, bodies = _sides(
        "The Fiji Trade Commission (FTC) Chairman Jone Vakaloloma met Australian High Commissioner "
        "Ewen Marsh in Suva on Thursday."
    )
    assert [name for name, _ in people] == ["Ewen Marsh", "Jone Vakaloloma"]
    assert len(bodies) == 1
