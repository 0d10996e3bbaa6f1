"""Two capitals that open a clause as its subject are the two governments, written for these
tests.

"Hanoi and Canberra signed a critical minerals pact on Monday": wire copy names the two
governments by their capitals, and the capitals are the sides (the sentence had given no
engagement, as a city's name is taken for where, not who). Only two capitals joined by "and" at
the clause's opening with a verb right after them; before a noun they qualify ("Hanoi and
Canberra officials"), after a preposition ("flights between Hanoi and Canberra") and with a
verb of no deed ("are") they read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 15)  # a Wednesday


def _events(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.engagement_type, e.countries) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hanoi and Canberra signed a critical minerals pact on Monday.", [("agreement", ("AUS", "VNM"))]),
        ("On Monday, Brasilia and Buenos Aires held talks on a gas pipeline.", [("meeting", ("ARG", "BRA"))]),
        ("NAIROBI, Oct 14 (Reuters) - Nairobi and Addis Ababa signed a power trade deal on Tuesday.",
         [("agreement", ("ETH", "KEN"))]),
        # near misses: a noun qualified, a preposition's object, a verb of no deed
        ("Hanoi and Canberra officials signed a critical minerals pact on Monday.", []),
        ("Flights between Hanoi and Canberra resumed on Monday.", []),
        ("Hanoi and Canberra are among the fastest-growing cities in the region.", []),
    ],
)  # fmt: skip
def test_two_capitals_opening_a_clause_are_the_sides(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
