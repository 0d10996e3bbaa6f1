"""A body named for its country, after "the", right before its officer's name, written for
these tests.

"Managing Director of Nepal Electricity Authority X Y" read the body whole and the name after
it, but with an article ("the chairman of the Rwanda Mining Board Eric Mugisha") the title
had stopped at the country, "chairman of the Rwanda", and the person was left untitled. An
officer's head (not a minister's: "Speaker of the Kenya National Assembly X" is a state's
chamber, no organization) takes such a body after "the" too when its own word ends it and
a name of two or three plain words follows.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday

_OPENING = "Irish Trade Minister Aoife Dunne met "
_CLOSING = " in Dublin on Monday."


def _people(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    (event,) = extract_document(_OPENING + text + _CLOSING, PUB).engagements
    return [
        (p.name, p.title, p.country_iso3, p.organization)
        for p in event.participants
        if p.participant_type == "person" and p.name != "Aoife Dunne"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the chairman of the Rwanda Mining Board Eric Mugisha",
         [("Eric Mugisha", "chairman", "RWA", "Rwanda Mining Board")]),
        ("Chief Executive of the Ghana Shippers Authority Kofi Mensah Boateng",
         [("Kofi Mensah Boateng", "Chief Executive", "GHA", "Ghana Shippers Authority")]),
        ("the head of the Uganda Export Promotion Board Sarah Nakato",
         [("Sarah Nakato", "head", "UGA", "Uganda Export Promotion Board")]),
        ("the managing director of the Zambia Development Agency Mwila Banda",
         [("Mwila Banda", "managing director", "ZMB", "Zambia Development Agency")]),
        # as before: no article, and a comma before the name
        ("Chairman of Rwanda Mining Board Eric Mugisha",
         [("Eric Mugisha", "Chairman", "RWA", "Rwanda Mining Board")]),
        ("the chairman of the Rwanda Mining Board, Eric Mugisha,",
         [("Eric Mugisha", "chairman", "RWA", "Rwanda Mining Board")]),
    ],
)  # fmt: skip
def test_officer_of_a_country_body_before_the_name(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert _people(text) == expected


def test_a_ministers_head_keeps_the_chamber_out_of_organizations() -> None:
    # a state's chamber is no body its speaker represents; the title stays as it was
    text = _OPENING + "the Speaker of the Ghana National Assembly Kofi Mensah Boateng" + _CLOSING
    (event,) = extract_document(text, PUB).engagements
    assert not [p for p in event.participants if p.participant_type == "organization"]
