"""The Americas in "Pan American", "Inter American", "Ibero American", written for these tests.

The hyphenated forms ("Pan-American Games", "Inter-American Development Bank") were already
no country (`countries._of_the_americas`, and "Pan-American" in not_countries.tsv). Spelled as
two words, as many firms and bodies write their names ("Pan American Energy", "Inter American
Press Association"), "American" had made the United States a side of a meeting it had no part
in. The phrases are now in not_countries.tsv. An American official, or "Anglo American", a
company the lexicon knows, reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 4, 30)  # a Wednesday


def _sides(text: str) -> list[tuple[str, ...]]:
    return [e.countries for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Argentine President Javier Milei met Chilean President Gabriel Boric and executives of "
         "Pan American Energy in Santiago on Tuesday.",
         [("ARG", "CHL")]),
        ("Peru's foreign minister met his Ecuadorian counterpart and officials of the Pan American "
         "Health Organization in Lima on Tuesday.",
         [("ECU", "PER")]),
        ("Leaders of the Inter American Press Association met Colombian and Panamanian officials "
         "in Panama City on Tuesday.",
         [("COL", "PAN")]),
        ("Spanish Foreign Minister Jose Manuel Albares met Uruguayan Foreign Minister Mario Lubetkin "
         "in Montevideo on Tuesday ahead of the Ibero American summit.",
         [("ESP", "URY")]),
        # near misses: the United States named as such stays a side
        ("Chilean Foreign Minister Alberto van Klaveren met American Secretary of State Marco Rubio "
         "in Santiago on Tuesday.",
         [("CHL", "USA")]),
        ("Argentine President Javier Milei met Chilean President Gabriel Boric and the American "
         "ambassador in Santiago on Tuesday.",
         [("ARG", "CHL", "USA")]),
    ],
)  # fmt: skip
def test_americas_spelled_as_two_words(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _sides(text) == expected
