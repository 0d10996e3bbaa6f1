"""The percent written "p.c.", written for these tests.

"India's exports to Bangladesh rose 12 p.c. to $11 billion in FY24." (the abbreviation of the
Indian press) gives the figure a change of +12 ("a 12 p.c. rise", "12p.c."), as "12 pc" and "12
pct" already did; the number had been no percentage, and the figure had no change. A share in
"p.c." is a share, and "p.c." before no number is nothing. Facts are compared as sets of (flow,
reporter, partner, start, end, value, currency, change_pct, has_product).
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
        ("Exports rose 12 p.c. to $5 billion.", [("rose 12 p.c.", 12.0, "change")]),
        ("Exports rose 12p.c. to $5 billion.", [("rose 12p.c.", 12.0, "change")]),
        ("Exports saw a 12 p.c. rise.", [("12 p.c. rise", 12.0, "change")]),
        ("Its share was 12 p.c. of the total.", [("12 p.c.", None, "share")]),
        # as before
        ("The p.c. market grew.", []),
        ("Exports rose 12 pc to $5 billion.", [("rose 12 pc", 12.0, "change")]),
    ],
)
def test_p_c(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert _changes(text) == expected


def test_figure_takes_the_change() -> None:
    text = "India's exports to Bangladesh rose 12 p.c. to $11 billion in FY24."
    expected = {fact("exports", "IND", "BGD", "2023-04-01", "2024-03-31", 11e9, "USD", 12.0)}
    assert facts(text, date(2025, 6, 12)) == expected
