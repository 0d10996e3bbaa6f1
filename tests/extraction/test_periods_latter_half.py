""" "The latter half" of a year, invented for these tests.

"latter" orders a part of a year as "final" and "closing" do: "in the latter half of 2024" is
July-December 2024, where it had been the whole year 2024 (the ordinal was not read, and the year
stood alone), and "the latter three months of 2024" is October-December. Other uses of "latter"
name no period.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 20)


def _periods(text: str) -> list[tuple[str, str, str]]:
    return [(p.text, p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Copper sales recovered in the latter half of 2024.",
            [("latter half of 2024", "2024-07-01", "2024-12-31")],
        ),
        (
            "Tea shipments slowed in the latter half of last year.",
            [("latter half of last year", "2024-07-01", "2024-12-31")],
        ),
        (
            "Rice exports doubled in the latter three months of 2024.",
            [("latter three months of 2024", "2024-10-01", "2024-12-31")],
        ),
        ("Fuel imports eased in 2024's latter half.", [("2024's latter half", "2024-07-01", "2024-12-31")]),
        # as before
        ("The latter's exports rose in 2024.", [("2024", "2024-01-01", "2024-12-31")]),
        (
            "Copper sales recovered in the closing half of 2024.",
            [("closing half of 2024", "2024-07-01", "2024-12-31")],
        ),
    ],
)
def test_latter_part_of_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _periods(text) == expected
