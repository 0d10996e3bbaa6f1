"""A chargé d'affaires written in lower case, and posted "in" a city, written for these tests.

"Chargé d'Affaires X" was read in capitals only: "the Dutch chargé d'affaires, Pieter Smit,"
and "Pieter Smit, the Dutch chargé d'affaires," left the person untitled. The office reads in
lower case as "ambassador" does, and heads a mission as an ambassador does, so its posting
after "in" or "to" is part of the title ("the UK's chargé d'affaires in Tehran, X").
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday

_CLOSING = " met Omani Deputy Foreign Minister Khalid Al-Harthi in Muscat on Monday."


def _envoy(text: str) -> tuple[str, str | None, str | None]:
    (event,) = extract_document(text + _CLOSING, PUB).engagements
    (person,) = [p for p in event.participants if p.participant_type == "person" and p.name == "Pieter Smit"]
    return person.name, person.title, person.country_iso3


@pytest.mark.parametrize(
    ("text", "envoy"),
    [
        ("The Dutch chargé d'affaires, Pieter Smit,", ("Pieter Smit", "chargé d'affaires", "NLD")),
        ("Pieter Smit, the Dutch charge d'affaires,", ("Pieter Smit", "charge d'affaires", "NLD")),
        ("The Dutch chargé d’affaires Pieter Smit", ("Pieter Smit", "chargé d’affaires", "NLD")),
        ("The Netherlands' chargé d'affaires in Muscat, Pieter Smit,",
         ("Pieter Smit", "chargé d'affaires in Muscat", "NLD")),
        # as before: in capitals
        ("Dutch Chargé d'Affaires Pieter Smit", ("Pieter Smit", "Chargé d'Affaires", "NLD")),
    ],
)  # fmt: skip
def test_charge_daffaires_titles_the_envoy(text: str, envoy: tuple[str, str | None, str | None]) -> None:
    assert _envoy(text) == envoy
