"""A whole number and a half written with hyphens ("one-and-a-half", "two-and-a-half"), as a
compound adjective before "fold" or "times" and before a scale word. Written for these tests.

The hyphens had hidden the compound from the word-number pattern, which then read its last
word alone: "grew one-and-a-half-fold" was a multiple of a half, a fall of 50%, and
"one-and-a-half billion dollars" half a billion.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.change import find_changes
from orchestration.extraction.money import find_money
from orchestration.extraction.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shipments of tea grew one-and-a-half-fold over the season.", 50.0),
        ("Bilateral turnover increased one-and-a-half times on the year.", 50.0),
        ("Imports of fertiliser rose two-and-a-half-fold after the deal.", 150.0),
        ("Sales of lumber fell by one-and-a-half times in the spring.", -33.33),
        # spaced words and a bare half read as before
        ("Bilateral turnover increased one and a half times on the year.", 50.0),
        ("Sales of lumber fell by half in the spring.", -50.0),
        ("Sales of lumber fell by one-half in the spring.", -50.0),
    ],
)  # fmt: skip
def test_hyphenated_multiple_with_a_half(text: str, expected: float) -> None:
    assert [c.pct for c in find_changes(text) if c.kind == "change"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port handled one-and-a-half billion dollars of cargo.", 1.5e9),
        ("The port handled three-and-a-half million euros of cargo.", 3.5e6),
        ("The port handled half a billion dollars of cargo.", 0.5e9),
    ],
)  # fmt: skip
def test_hyphenated_amount_with_a_half(text: str, expected: float) -> None:
    assert [m.value for m in find_money(text)] == [expected]


def test_hyphenated_number_parses_whole() -> None:
    assert parse_number("two-and-a-half") == 2.5
