"""More nouns of a rise or a fall right after a percentage, written for these tests.

"a 12% leap", "a 9 percent rebound", "a 12% spike", "a 12% rally", "a 12% improvement" are rises
and "a 12% downturn", "a 7 percent retreat", "a 5% tumble" falls, as "a 12% jump" and "a 12%
slump" already were; each had been a level, so "Kenya's exports to Uganda reached $600 million in
2024, a 12% leap" gave the figure no change. A noun of no change ("a 12% share", "a 12% stake")
reads as before. Facts are compared as sets of (flow, reporter, partner, start, end, value,
currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.change import find_changes

PUB = date(2025, 6, 12)


def _changes(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.text, c.pct, c.kind) for c in find_changes(text)]


@pytest.mark.parametrize(
    ("noun", "pct"),
    [
        ("leap", 12.0), ("rebound", 12.0), ("spike", 12.0), ("rally", 12.0), ("improvement", 12.0),
        ("downturn", -12.0), ("retreat", -12.0), ("tumble", -12.0), ("shrinkage", -12.0),
    ],
)  # fmt: skip
def test_noun_after_percentage(noun: str, pct: float) -> None:
    assert _changes(f"Exports reached $5bn, a 12% {noun}.") == [(f"12% {noun}", pct, "change")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports reached $5bn, a 12% jump.", [("12% jump", 12.0, "change")]),
        ("Exports reached $5bn, a 12% slump.", [("12% slump", -12.0, "change")]),
        ("The fund took a 12% stake.", [("12%", None, "level")]),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert _changes(text) == expected


def test_figure_takes_the_change() -> None:
    text = "Kenya's exports to Uganda reached $600 million in 2024, a 12% leap."
    assert facts(text, PUB) == {fact("exports", "KEN", "UGA", "2024-01-01", "2024-12-31", 6e8, "USD", 12.0)}
