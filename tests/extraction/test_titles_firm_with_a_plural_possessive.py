"""A firm whose name ends in "s" before its officer's title, written for these tests.

"Petrobras' chief executive Magda Chambriard met ...": the bare apostrophe after a name in
"s" is its possessive, as "'s" is ("Aramco's chief executive Amin Nasser"), so the firm is
the body the officer heads and gives her country. The apostrophe had hidden it: the title
had no organization, and the officer took the host's country. `_read_left_context`
(titles.py) now steps over such an apostrophe (`_plural_possessive_at`). A country's plural
possessive ("Barbados' Prime Minister") and "'s" read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.people import find_people
from orchestration.extraction.pipeline import extract_document


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Petrobras' chief executive Magda Chambriard met the minister on Monday.",
         [("Magda Chambriard", "chief executive", "Petrobras")]),
        ("Ivanhoe Mines' founder Robert Friedland met the minister on Monday.",
         [("Robert Friedland", "founder", "Ivanhoe Mines")]),
        # as before: a country's plural possessive, and "'s"
        ("Barbados' Prime Minister Mia Mottley met the minister on Monday.",
         [("Mia Mottley", "Prime Minister", None)]),
        ("Aramco's chief executive Amin Nasser met the minister on Monday.",
         [("Amin Nasser", "chief executive", "Aramco")]),
    ],
)  # fmt: skip
def test_the_officer_heads_the_firm(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)] == expected


def test_the_officer_has_the_firms_country() -> None:
    text = "Petrobras' chief executive Magda Chambriard met Kenyan President William Ruto in Nairobi."
    (event,) = extract_document(text, date(2025, 3, 4)).engagements
    assert ("Magda Chambriard", "BRA") in [(p.name, p.country_iso3) for p in event.participants]
