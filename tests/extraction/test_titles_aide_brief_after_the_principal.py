"""An aide's brief after the principal he serves, written for these tests.

"Special Assistant to the Prime Minister on Commerce X" had stopped the title at the
principal and left X untitled: only a messenger's brief ("Special Envoy of the President for
Central Asia") was read after whom he serves. An aide's ("assistant", "adviser") is read the
same way, before the name, a comma and the name, or after the name and its comma.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday

_CLOSING = " met Turkmen Deputy Prime Minister Batyr Amanov in Ashgabat on Monday."


def _aide(text: str) -> tuple[str, str | None, str | None]:
    (event,) = extract_document(text + _CLOSING, PUB).engagements
    (person,) = [
        p for p in event.participants if p.participant_type == "person" and p.name == "Tariq Mehmood Awan"
    ]
    return person.name, person.title, person.country_iso3


@pytest.mark.parametrize(
    ("text", "aide"),
    [
        ("Pakistan's Special Assistant to the Prime Minister on Commerce Tariq Mehmood Awan",
         ("Tariq Mehmood Awan", "Special Assistant to the Prime Minister on Commerce", "PAK")),
        ("Pakistan's Special Assistant to the Prime Minister on Commerce, Tariq Mehmood Awan,",
         ("Tariq Mehmood Awan", "Special Assistant to the Prime Minister on Commerce", "PAK")),
        ("Pakistani Adviser to the Prime Minister on Trade and Investment Tariq Mehmood Awan",
         ("Tariq Mehmood Awan", "Adviser to the Prime Minister on Trade and Investment", "PAK")),
        # as before: no brief
        ("Pakistan's Special Assistant to the Prime Minister, Tariq Mehmood Awan,",
         ("Tariq Mehmood Awan", "Special Assistant to the Prime Minister", "PAK")),
    ],
)  # fmt: skip
def test_aide_brief_is_the_titles(text: str, aide: tuple[str, str | None, str | None]) -> None:
    assert _aide(text) == aide


def test_aide_brief_after_the_name() -> None:
    text = "Tariq Mehmood Awan, Pakistan's Special Assistant to the Prime Minister on Commerce,"
    assert _aide(text)[1] == "Special Assistant to the Prime Minister on Commerce"


def test_a_day_after_on_is_no_brief() -> None:
    text = "Pakistan's Special Assistant to the Prime Minister Tariq Mehmood Awan on Monday"
    (event,) = extract_document(
        text + " met Turkmen Deputy Prime Minister Batyr Amanov in Ashgabat.", PUB
    ).engagements
    titles = [p.title for p in event.participants if p.participant_type == "person"]
    assert not any(t and "Monday" in t for t in titles)
