"""A plant's "Works" closes a firm's name, written for these tests.

Russian, Belarusian, Ukrainian and Indian plants keep the old English "Works" as the last word
of their names ("Minsk Tractor Works", "Kirov Works", "Bhilai Steel Works"): alone in a
sentence the firm had been found by no rule, so "Minsk Tractor Works signed a contract" gave no
organization unless the engagement's context asked for one, and a title before it left it in
the title. "Works" is now a suffix of organizations.tsv; a minister's or a ministry's portfolio
("Minister of Works and Housing", "Works Minister X", "Ministry of Public Works and Transport")
reads as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.organizations import find_organizations
from orchestration.extraction.people import find_people


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Minsk Tractor Works signed a contract on Friday.", [("Minsk Tractor Works", "BLR")]),
        ("The Minsk Tractor Works and Uzbekistan's Uzavtosanoat signed a contract on Friday.",
         [("Minsk Tractor Works", "BLR")]),
        ("Bhilai Steel Works signed a supply deal on Friday.", [("Bhilai Steel Works", None)]),
        # as before: a ministry's portfolio is no firm's name
        ("The Ministry of Public Works and Transport signed the deal.",
         [("Ministry of Public Works and Transport", None)]),
    ],
)  # fmt: skip
def test_works_closes_the_firm(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)][: len(expected)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bhilai Steel Works chief executive Ravi Kumar met the delegation.",
         [("Ravi Kumar", "chief executive", "Bhilai Steel Works")]),
        # as before: a minister's portfolio
        ("Minister of Works and Housing Kojo Oppong Nkrumah met the delegation.",
         [("Kojo Oppong Nkrumah", "Minister of Works and Housing", None)]),
        ("Works Minister David Umahi met the delegation.", [("David Umahi", "Works Minister", None)]),
    ],
)  # fmt: skip
def test_an_officer_of_the_works(sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)] == expected
