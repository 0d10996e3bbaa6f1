"""A round percentage marked "odd", "plus" or "something", written for these tests.

Papers write a rough change as "rose 40-odd percent", "fell 20-plus per cent" or "grew
30-something percent". The mark between the number and its unit cut the number from the unit, so
the change was read as none. The mark is now read as part of the number, whose value is the round
figure given (40, 20, 30), and a share so marked is read as a share. A percentage with no such
mark and a sum ("40 plus 5 percent") read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.change import find_changes


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("Tea shipments to Pakistan rose 40-odd percent last year.", 40.0),
        ("Cashew exports fell 20-plus per cent in the first half.", -20.0),
        ("Remittances grew some 30-something percent in 2024.", 30.0),
    ],
)
def test_the_rough_change_is_read(text: str, pct: float) -> None:
    assert [c.pct for c in find_changes(text) if c.kind == "change"] == [pct]


def test_a_rough_share_is_a_share() -> None:
    found = find_changes("The firm holds a 40-odd percent share of the market.")
    assert [(c.pct, c.kind, c.value) for c in found] == [(None, "share", 40.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tea shipments rose 40 percent last year.", [(40.0, "change")]),
        ("Tea shipments rose 40 plus 5 percent.", [(5.0, "change")]),
    ],
)
def test_near_misses_read_as_before(text: str, expected: list[tuple[float | None, str]]) -> None:
    assert [(c.pct, c.kind) for c in find_changes(text)] == expected
