"""A guest welcomed at an air base, written in words, is welcomed as at an airport, written for these tests.

"Y arrived on Tuesday and was welcomed at Waterkloof Air Force Base by Minister X": a passive
welcome where the plane lands is part of the visit, not a meeting with the greeter, as one
"at the airport" or "at the airbase" already was; "Air Base" and "Air Force Base" in words were
not read as such a place, so the greeter had made a meeting of his own. A "base" that is no air
base (a military or naval one) stays a place of a reception.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 8, 7)  # a Thursday
TUE = date(2025, 8, 5)


def _events(text: str) -> list[tuple[str, date | None, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.countries)
        for e in extract_document(text, PUB, "Lusaka").engagements
    ]


@pytest.mark.parametrize("base", ["Kenneth Kaunda Air Force Base", "the Mumbwa Air Base"])
def test_welcome_at_an_air_base_is_the_visit(base: str) -> None:
    text = (
        "LUSAKA - Malawian President Lazarus Chakwera arrived in Zambia on Tuesday and was welcomed at "
        f"{base} by Foreign Affairs Minister Mulambo Haimbe."
    )
    assert [e[0] for e in _events(text)] == ["visit"]


def test_a_military_base_reception_stays() -> None:
    text = (
        "LUSAKA - Malawian Defence Minister Harry Mkandawire was received at the Arakan military base by "
        "Zambian Defence Minister Ambrose Lufuma on Tuesday."
    )
    assert ("meeting", TUE, ("MWI", "ZMB")) in _events(text)


def test_the_airport_as_before() -> None:
    text = (
        "LUSAKA - Malawian President Lazarus Chakwera arrived in Zambia on Tuesday and was welcomed at the "
        "airport by Foreign Affairs Minister Mulambo Haimbe."
    )
    assert [e[0] for e in _events(text)] == ["visit"]
