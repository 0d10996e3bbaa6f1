"""A chargé d'affaires "ad interim" or "a.i.", written for these tests.

An embassy without an ambassador is led by a chargé d'affaires ad interim, and notes and
embassy copy abbreviate it "a.i.": "Spain's Chargé d'Affaires a.i. Lucia Ortega" left the
envoy untitled, the dotted "a.i." standing between the title and the name. The office reads
with its "ad interim" or "a.i." as written, in capitals or in lower case, before the name or in
apposition after it; the plain office reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday

_CLOSING = " met Zambian Commerce Minister Chipoka Mulenga in Lusaka on Monday."


def _envoy(text: str) -> tuple[str, str | None, str | None]:
    (event,) = extract_document(text + _CLOSING, PUB).engagements
    (person,) = [p for p in event.participants if p.participant_type == "person" and p.name == "Lucia Ortega"]
    return person.name, person.title, person.country_iso3


@pytest.mark.parametrize(
    ("text", "envoy"),
    [
        ("Spain's Chargé d'Affaires a.i. Lucia Ortega", ("Lucia Ortega", "Chargé d'Affaires a.i.", "ESP")),
        ("Spanish Charge d'Affaires a.i. Lucia Ortega", ("Lucia Ortega", "Charge d'Affaires a.i.", "ESP")),
        ("Chargé d'Affaires a.i. of Spain Lucia Ortega", ("Lucia Ortega", "Chargé d'Affaires a.i.", "ESP")),
        ("The Spanish chargé d'affaires a.i., Lucia Ortega,",
         ("Lucia Ortega", "chargé d'affaires a.i.", "ESP")),
        ("Lucia Ortega, Chargé d'Affaires a.i. of Spain,", ("Lucia Ortega", "Chargé d'Affaires a.i.", "ESP")),
        ("The Spanish chargé d'affaires ad interim, Lucia Ortega,",
         ("Lucia Ortega", "chargé d'affaires ad interim", "ESP")),
        ("Spanish Chargé d’Affaires ad interim Lucia Ortega",
         ("Lucia Ortega", "Chargé d’Affaires ad interim", "ESP")),
        # as before: the office alone
        ("Spanish Chargé d'Affaires Lucia Ortega", ("Lucia Ortega", "Chargé d'Affaires", "ESP")),
        ("The Spanish chargé d'affaires, Lucia Ortega,", ("Lucia Ortega", "chargé d'affaires", "ESP")),
    ],
)  # fmt: skip
def test_the_interim_office_titles_the_envoy(text: str, envoy: tuple[str, str | None, str | None]) -> None:
    assert _envoy(text) == envoy
