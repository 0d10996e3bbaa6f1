"""Percentage points written after the percent's own unit, written for these tests.

"12 per cent points", "12 percent points", "12%pts", "12%pt" and "12 % points" are a change in
percentage points (kind "points", no relative change), as "12 percentage points" and "12 ppts"
already were; the percent unit had been read alone, a change of +12%, which a trade figure then
took ("Kenya's exports to Uganda rose 3 per cent points to $600 million" had a change of +3). A
word going on after the letters ("12% pointedly") and a comma before "points" keep the percent.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product).
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
    ("text", "expected"),
    [
        ("Its share rose 12 per cent points.", [("rose 12 per cent points", None, "points")]),
        ("Its share rose 12 percent points.", [("rose 12 percent points", None, "points")]),
        ("Its share rose 12%pts.", [("rose 12%pts", None, "points")]),
        ("Its share rose 12%pt.", [("rose 12%pt", None, "points")]),
        ("Its share rose 12 % points.", [("rose 12 % points", None, "points")]),
    ],
)
def test_points(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose 12% pointedly.", [("rose 12%", 12.0, "change")]),
        ("Exports rose 12 percent pointedly.", [("rose 12 percent", 12.0, "change")]),
        ("Exports rose 12%, points out the minister.", [("rose 12%", 12.0, "change")]),
        ("Its share rose 12 percentage points.", [("rose 12 percentage points", None, "points")]),
        ("Exports rose 12 per cent.", [("rose 12 per cent", 12.0, "change")]),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert _changes(text) == expected


def test_figure_takes_no_points() -> None:
    text = "Kenya's exports to Uganda rose 3 per cent points to $600 million in 2024."
    assert facts(text, PUB) == {fact("exports", "KEN", "UGA", "2024-01-01", "2024-12-31", 6e8, "USD")}
