"""A place after "in the" is no name for the office set beside it, written for these tests.

French-style wire copy writes "X received, at his office in the Plateau, the Ghanaian Minister of
Trade, Y": the district "Plateau" before the comma had been taken for a person holding the
office in apposition (and Y was left without a title). A town right after "in"/"at"/"near" was
already no such name; one after "in the"/"at the" is now none either. A name in commas before
its office is unchanged.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 14)  # a Tuesday


def _people(text: str) -> list[tuple[str, str | None]]:
    return [
        (p.name, p.title) for e in extract_document(text, PUB, "Lome").engagements for p in e.participants
    ]


@pytest.mark.parametrize("place", ["at his office in the Plateau", "in the Plateau", "at the Lagune"])
def test_district_after_in_the_is_no_person(place: str) -> None:
    text = (
        f"LOME, Oct 14 - The Togolese Minister of Trade, Rose Kayi Mivedor, received on Monday, {place}, "
        "the Beninese Minister of Industry, Alimatou Shadiya Assouman."
    )
    people = _people(text)
    assert ("Alimatou Shadiya Assouman", "Minister of Industry") in people
    assert not any(name in ("Plateau", "Lagune") for name, _ in people)


def test_name_in_commas_before_its_office_as_before() -> None:
    text = (
        "LOME, Oct 14 - Rose Kayi Mivedor, the Togolese Minister of Trade, received on Monday "
        "Alimatou Shadiya Assouman, the Beninese Minister of Industry."
    )
    people = _people(text)
    assert ("Rose Kayi Mivedor", "Minister of Trade") in people
    assert ("Alimatou Shadiya Assouman", "Minister of Industry") in people
