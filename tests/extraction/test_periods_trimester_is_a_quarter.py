""" "The third trimester of 2024": a quarter, written for these tests.

"Peru's exports to China reached $6.1 billion in the third trimester of 2024." is July-September
2024: Latin American and French copy in English keeps the "trimestre" (three months) as
"trimester", as it keeps the "semestre" as "semester", which already read as a half; it had been
the whole of 2024. "the first two trimesters of 2024", "2024's second trimester" and "the last
trimester of 2024" read so too. Quarters and semesters read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 6, 12)
Q3_24 = ("2024-07-01", "2024-09-30")


def _spans(text: str) -> list[tuple[str, str]]:
    return [(p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports reached $6 million in the third trimester of 2024.", [Q3_24]),
        ("Exports reached $6 million in the first two trimesters of 2024.", [("2024-01-01", "2024-06-30")]),
        ("Exports reached $6 million in 2024's second trimester.", [("2024-04-01", "2024-06-30")]),
        ("Exports reached $6 million in the last trimester of 2024.", [("2024-10-01", "2024-12-31")]),
        ("Exports reached $6 million in the first trimester.", [("2025-01-01", "2025-03-31")]),
        # as before
        ("Exports reached $6 million in the third quarter of 2024.", [Q3_24]),
        ("Exports reached $6 million in the second semester of 2024.", [("2024-07-01", "2024-12-31")]),
    ],
)
def test_trimester_is_a_quarter(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


def test_figure_of_a_trimester() -> None:
    text = "Peru's exports to China reached $6.1 billion in the third trimester of 2024."
    assert facts(text, PUB) == {fact("exports", "PER", "CHN", *Q3_24, 6.1e9, "USD")}
