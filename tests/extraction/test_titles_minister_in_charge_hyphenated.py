"""The minister in charge of a portfolio, hyphenated, written for these tests.

Indian, Ghanaian and Nigerian copy writes "Minister-in-charge of Trade" and "Minister in-charge of
Trade". The hyphenated word was no title word, so the title was lost (or cut to "Minister") and the
holder met untitled; the lexicon now holds both forms as a minister's head, its portfolio read after
it as "Minister in charge of Trade" already was. "Minister in charge of Trade" and "Minister of
State" read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document
from orchestration.extraction.titles import find_titles

PUB = date(2025, 6, 12)


def _titles(text: str) -> list[tuple[str, str | None]]:
    return [(t.title, t.country_iso3) for t in find_titles(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minister-in-charge of Trade Jane Doe met him.", [("Minister-in-charge of Trade", None)]),
        ("Minister in-charge of Trade Jane Doe met him.", [("Minister in-charge of Trade", None)]),
        (
            "Minister-in-Charge of Foreign Affairs Jane Doe met him.",
            [("Minister-in-Charge of Foreign Affairs", None)],
        ),
        ("Jane Doe, Minister-in-charge of Trade, met him.", [("Minister-in-charge of Trade", None)]),
        ("Ghana's Minister-in-charge of Trade Jane Doe met him.", [("Minister-in-charge of Trade", "GHA")]),
    ],
)
def test_minister_in_charge_hyphenated(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _titles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minister in charge of Trade Jane Doe met him.", [("Minister in charge of Trade", None)]),
        ("Minister of State Jane Doe met him.", [("Minister of State", None)]),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _titles(text) == expected


def test_minister_in_charge_in_a_meeting() -> None:
    text = (
        "Ghana's Minister-in-charge of Trade and Industry Elizabeth Ofosu-Adjare met Nigerian Minister of"
        " Industry, Trade and Investment Jumoke Oduwole in Accra on Monday."
    )
    (event,) = extract_document(text, PUB).engagements
    people = {(p.name, p.title, p.country_iso3) for p in event.participants if p.participant_type == "person"}
    assert ("Elizabeth Ofosu-Adjare", "Minister-in-charge of Trade and Industry", "GHA") in people
