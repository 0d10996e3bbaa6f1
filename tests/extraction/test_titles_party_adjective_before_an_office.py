"""A party's adjective alone before an office is the member's party, no body he speaks for.

"Democratic Senator Chris Coons met Kenyan President William Ruto" had made "Democratic" an
organization that took part, and the senator its representative; "Republican leader", "Conservative
MP" did the same. A party office was already read as part of the title with no organization
("Communist Party General Secretary", "Opposition leader"); `titles._party_before_title` now reads a party's
adjective alone so too. A body's name before an office ("Apex-Brasil president") and a portfolio
("Labour Minister") stay as they were.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.organizations import organizations_in
from orchestration.extraction.titles import Sentence, titles_in


def _offices(text: str) -> list[tuple[str, str | None]]:
    return [(t.title, t.organization) for t in titles_in(Sentence(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Democratic Senator Jane Holt met Kenyan President William Ruto on Tuesday.",
         [("Democratic Senator", None), ("President", None)]),
        ("Republican leader Tom Barker met Israeli Prime Minister Benjamin Netanyahu on Tuesday.",
         [("Republican leader", None), ("Prime Minister", None)]),
        ("Conservative MP Alan Pryce met Taiwanese President Lai Ching-te on Tuesday.",
         [("Conservative MP", None), ("President", None)]),
    ],
)  # fmt: skip
def test_a_party_adjective_is_part_of_the_office(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _offices(text) == expected
    assert organizations_in(Sentence(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apex-Brasil president Jorge Viana met Angolan executives on Tuesday.",
         [("president", "Apex-Brasil")]),
        ("Labour Party leader Keir Starmer met Indian Prime Minister Narendra Modi on Tuesday.",
         [("leader", None), ("Prime Minister", None)]),
    ],
)  # fmt: skip
def test_other_words_before_an_office_stay_as_they_were(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _offices(text) == expected
