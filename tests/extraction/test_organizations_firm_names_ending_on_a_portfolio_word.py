"""Firms whose names end on a word that also names a minister's portfolio, written for these
tests.

"Mopani Copper Mines" and "Kafue Gold Mines" end on "Mines", a word of a minister's portfolio
("Minister of Mines"), so a title's complement stopped the firm at "Copper" or "Gold": "the
CEO of Mopani Copper Mines Natasha Banda" gave the firm "Mopani Copper" and the person "Mines
Natasha Banda". Such words after a firm's own suffix now close its name, as do "Refinery",
"Breweries" and "Shipyards", which the suffix lexicon lacked; the minister's portfolio reads as
before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.organizations import find_organizations
from orchestration.extraction.people import find_people


def _people(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The CEO of Mopani Copper Mines Natasha Banda toured the plant.",
         [("Natasha Banda", "CEO", "Mopani Copper Mines")]),
        ("The chief executive of Mopani Copper Mines, Natasha Banda, toured the plant.",
         [("Natasha Banda", "chief executive", "Mopani Copper Mines")]),
        ("Natasha Banda, chief executive of Kafue Gold Mines, toured the plant.",
         [("Natasha Banda", "chief executive", "Kafue Gold Mines")]),
        # as before: a minister's portfolio
        ("The Minister of Energy and Mines, Natasha Banda, toured the plant.",
         [("Natasha Banda", "Minister of Energy and Mines", None)]),
        ("Minister of Works Natasha Banda toured the plant.", [("Natasha Banda", "Minister of Works", None)]),
    ],
)  # fmt: skip
def test_the_firm_keeps_its_last_word(sentence: str, expected: list[tuple]) -> None:
    assert _people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Mopani Copper Mines signed a supply deal on Friday.", "Mopani Copper Mines"),
        ("Lusaka Oil Refinery signed a supply deal on Friday.", "Lusaka Oil Refinery"),
        ("Kafue Breweries signed a supply deal on Friday.", "Kafue Breweries"),
    ],
)
def test_the_firm_is_found_alone(sentence: str, name: str) -> None:
    assert [o.name for o in find_organizations(sentence)] == [name]
