"""An officer's company or state body after a country written by its name, not its demonym,
written for these tests.

"the head of Brazilian lender X, Y" already gave Y the company X; the same office written
with the country's possessive ("the head of Brazil's development bank X, Y") or with its name
as a modifier ("Y, chief executive of US chipmaker X") had left Y with no title or no company,
and "the governor of Ukraine's central bank Y" had made Y a company. A head that is a state's
and a company's alike ("president", "chairman") reads a company the country owns after it, or
a described one ("vice president of Azerbaijani oil company X"), as the officer's, as "chief
executive" did.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday

Person = tuple[str, str | None, str | None, str | None]


def _people(text: str) -> list[Person]:
    (event,) = extract_document(text, PUB).engagements
    return [
        (p.name, p.title, p.country_iso3, p.organization)
        for p in event.participants
        if p.participant_type == "person"
    ]


@pytest.mark.parametrize(
    ("text", "officer"),
    [
        ("The Paraguayan foreign minister Rosa Benítez met the head of Brazil's development bank "
         "Fomentar, Ilda Carvalho, in Asuncion on Monday.",
         ("Ilda Carvalho", "head", "BRA", "Fomentar")),
        ("The Paraguayan foreign minister Rosa Benítez met Ilda Carvalho, chief executive of US "
         "chipmaker Lumatek, in Asuncion on Monday.",
         ("Ilda Carvalho", "chief executive", "USA", "Lumatek")),
        ("The Paraguayan foreign minister Rosa Benítez met the chief executive of UK lender "
         "Harrowgate, Ilda Carvalho, in Asuncion on Monday.",
         ("Ilda Carvalho", "chief executive", "GBR", "Harrowgate")),
        ("The Paraguayan foreign minister Rosa Benítez met Ilda Carvalho, vice president of "
         "Azerbaijan's state oil company Kurdamir, in Asuncion on Monday.",
         ("Ilda Carvalho", "vice president", "AZE", "Kurdamir")),
        # a head that is also a state's: the company the country owns is still his
        ("The Paraguayan foreign minister Rosa Benítez met the president of Brazil's Fomentar, "
         "Ilda Carvalho, in Asuncion on Monday.",
         ("Ilda Carvalho", "president", "BRA", "Fomentar")),
        ("The Paraguayan foreign minister Rosa Benítez met Ilda Carvalho, vice president of "
         "Azerbaijani oil company Kurdamir, in Asuncion on Monday.",
         ("Ilda Carvalho", "vice president", "AZE", "Kurdamir")),
        ("The Paraguayan foreign minister Rosa Benítez met the chairman of Nigeria's Okonkwo "
         "Holdings, Ilda Carvalho, in Asuncion on Monday.",
         ("Ilda Carvalho", "chairman", "NGA", "Okonkwo Holdings")),
        # a state's own body in lower case after the possessive: part of the office, no company
        ("The Paraguayan foreign minister Rosa Benítez met the governor of Ukraine's central bank "
         "Ilda Carvalho in Asuncion on Monday.",
         ("Ilda Carvalho", "governor of central bank", "UKR", None)),
        ("The Paraguayan foreign minister Rosa Benítez met the governor of Ukraine's central bank, "
         "Ilda Carvalho, in Asuncion on Monday.",
         ("Ilda Carvalho", "governor of central bank", "UKR", None)),
        ("The Paraguayan foreign minister Rosa Benítez met the governor of Ukrainian central bank "
         "Ilda Carvalho in Asuncion on Monday.",
         ("Ilda Carvalho", "governor of central bank", "UKR", None)),
        # as before: the demonym's forms, and a state's chamber after the possessive
        ("The Paraguayan foreign minister Rosa Benítez met the head of Brazilian development bank "
         "Fomentar, Ilda Carvalho, in Asuncion on Monday.",
         ("Ilda Carvalho", "head", "BRA", "Fomentar")),
        ("The Paraguayan foreign minister Rosa Benítez met the governor of the Ukrainian central "
         "bank Ilda Carvalho in Asuncion on Monday.",
         ("Ilda Carvalho", "governor of the central bank", "UKR", None)),
        ("The Paraguayan foreign minister Rosa Benítez met the President of Kenya's Senate, Ilda "
         "Carvalho, in Asuncion on Monday.",
         ("Ilda Carvalho", "President of Senate", "KEN", None)),
    ],
)  # fmt: skip
def test_officer_of_a_body_after_a_named_country(text: str, officer: Person) -> None:
    assert _people(text) == [("Rosa Benítez", "foreign minister", "PRY", None), officer]


@pytest.mark.parametrize(
    "text",
    [
        # the country's own head of state, and two countries joined: no company there
        "The Paraguayan foreign minister Rosa Benítez met the President of Kenya, Ilda Carvalho, "
        "in Asuncion on Monday.",
        "The Paraguayan foreign minister Rosa Benítez met the President of Kenya and Uganda's "
        "envoy Ilda Carvalho in Asuncion on Monday.",
    ],
)
def test_no_company_without_a_description(text: str) -> None:
    assert all(organization is None for *_, organization in _people(text))
