"""The Tuareg particle "Ag" inside a person's name, written for these tests.

"Malian Minister of Mines Mohamed Ag Erlaf" had read "Ag" as the German legal form "AG": an
organization "Mines Mohamed Ag" and a person "Erlaf" with a title cut to "Minister". "Ag" in
title case between two plain capitalized words is a name's "son of", as "bin" is; a company's
"AG", in capitals or closing its name, stays a legal form.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.organizations import find_organizations
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday

_CLOSING = " held talks with Nigerien Trade Minister Abdoulaye Seydou in Niamey on Monday."


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    (event,) = extract_document(text + _CLOSING, PUB).engagements
    return {p.name: (p.title, p.country_iso3) for p in event.participants if p.participant_type == "person"}


@pytest.mark.parametrize(
    "text",
    [
        "Malian Minister of Mines Bilal Ag Intalla",
        "Bilal Ag Intalla, Mali's Minister of Mines,",
        "Mali's Minister of Mines, Bilal Ag Intalla,",
    ],
)
def test_the_particle_is_the_names(text: str) -> None:
    assert _people(text)["Bilal Ag Intalla"] == ("Minister of Mines", "MLI")


def test_no_company_before_the_particle() -> None:
    sentence = "Malian Minister of Mines Bilal Ag Intalla arrived on Friday."
    assert find_organizations(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # as before: a company's legal form, in capitals or closing its name
        ("Officials of Siemens AG arrived in Niamey on Friday.", "Siemens AG"),
        ("Officials of Siemens Ag arrived in Niamey on Friday.", "Siemens Ag"),
    ],
)
def test_legal_form_stays(sentence: str, name: str) -> None:
    assert name in [o.name for o in find_organizations(sentence)]
