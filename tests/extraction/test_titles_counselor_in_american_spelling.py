"""The counsellor's rank in American spelling, written for these tests.

US and Chinese embassies write the rank "Counselor" and "Minister-Counselor" ("Minister-Counselor
for Economic and Commercial Affairs"). The lexicon had only the British "Counsellor": the
American title was no title at all (or "Minister" alone), and a diplomat so titled met with no
title. The lexicon now holds both spellings; "Counsellor", "State Counselor" and a counselor's
brief read as before.
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
        ("Counselor Jane Doe met him.", [("Counselor", None)]),
        ("Minister-Counselor Jane Doe met him.", [("Minister-Counselor", None)]),
        (
            "Minister-Counselor for Economic and Commercial Affairs Jane Doe met him.",
            [("Minister-Counselor for Economic and Commercial Affairs", None)],
        ),
        (
            "Minister Counselor for Economic Affairs of the US Embassy Jane Doe met him.",
            [("Minister Counselor for Economic Affairs", "USA")],
        ),
        ("Jane Doe, Counselor of the Japanese Embassy, met him.", [("Counselor", "JPN")]),
        (
            "Economic and Commercial Counselor of the Chinese Embassy Jane Doe met him.",
            [("Economic and Commercial Counselor", "CHN")],
        ),
    ],
)
def test_counselor_is_a_title(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _titles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minister-Counsellor Jane Doe met him.", [("Minister-Counsellor", None)]),
        ("Jane Doe, Counsellor of the Japanese Embassy, met him.", [("Counsellor", "JPN")]),
        ("State Counselor Wang Yi met him.", [("State Counselor", None)]),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _titles(text) == expected


def test_diplomat_titled_counselor_in_a_meeting() -> None:
    text = (
        "Li Wei, Minister-Counselor of the Chinese Embassy in Kenya, met Kenya's Trade Cabinet Secretary"
        " Lee Kinyanjui in Nairobi on Tuesday."
    )
    (event,) = extract_document(text, PUB).engagements
    people = {(p.name, p.title, p.country_iso3) for p in event.participants if p.participant_type == "person"}
    assert ("Li Wei", "Minister-Counselor", "CHN") in people
