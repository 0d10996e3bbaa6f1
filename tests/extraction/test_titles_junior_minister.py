""" "Junior" as a rank before an office, written for these tests.

British, Irish, Indian and African copy calls a minister of state "junior minister": "Uganda's
junior minister for trade X", "the Ugandan junior trade minister X", "Junior Minister for Trade
X". "junior" was no word of a title: in lower case it parted the office from its country (the
title had no country), and capitalized it was read as the organization the minister represents
("Junior"). It is now a modifier of the lexicon (titles.tsv; words.tsv lowercase_modifier), kept
in the title as written. "Senior Minister", "the junior partner" and a company named "Junior ..."
read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.titles import find_titles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ugandan junior trade minister Grace Akello spoke.", [("junior trade minister", "UGA", None)]),
        (
            "Uganda's junior minister for trade Grace Akello spoke.",
            [("junior minister for trade", "UGA", None)],
        ),
        ("Junior Minister for Trade Grace Akello spoke.", [("Junior Minister for Trade", None, None)]),
        ("Junior Trade Minister Grace Akello spoke.", [("Junior Trade Minister", None, None)]),
        # as before
        ("Senior Minister Grace Akello spoke.", [("Senior Minister", None, None)]),
        ("The junior partner Grace Akello spoke.", []),
        ("Junior Achievement CEO Grace Akello spoke.", [("CEO", None, "Junior Achievement")]),
    ],
)
def test_the_title(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(t.title, t.country_iso3, t.organization) for t in find_titles(text)] == expected
