"""A multiple told by "multiplied", written for these tests.

"Exports to China multiplied threefold to $5 billion in 2024" is a change of +200 ("multiplied 2.5
times" +150, "multiplying fourfold" +300), as "grew threefold" already was; "multiplied" was no
word of a rise, so the multiple had no direction (a ratio) and the figure no change. "multiplied by
three" (no unit after the number) is +200 too, since test_change_multiplied_by; "grew threefold"
reads as before. Facts are compared as sets
of (flow, reporter, partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.change import find_changes


def _changes(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.text, c.pct, c.kind) for c in find_changes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports multiplied threefold in 2024.", [("multiplied threefold", 200.0, "change")]),
        ("Exports multiplied 2.5 times in 2024.", [("multiplied 2.5 times", 150.0, "change")]),
        ("Exports kept multiplying fourfold.", [("multiplying fourfold", 300.0, "change")]),
        # (a multiple told by the verb's "by": test_change_multiplied_by)
        ("Exports multiplied by three in 2024.", [("multiplied by three", 200.0, "change")]),
        # as before
        ("Exports grew threefold in 2024.", [("grew threefold", 200.0, "change")]),
    ],
)
def test_multiplied(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert _changes(text) == expected


def test_figure_takes_the_change() -> None:
    text = "Vietnam's exports to China multiplied threefold to $5 billion in 2024."
    expected = {fact("exports", "VNM", "CHN", "2024-01-01", "2024-12-31", 5e9, "USD", 200.0)}
    assert facts(text, date(2025, 6, 12)) == expected
