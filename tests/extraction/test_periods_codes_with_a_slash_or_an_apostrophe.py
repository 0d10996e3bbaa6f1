"""Quarter, half and fiscal-year codes written with a slash, a dash or an apostrophe before
their year: "Q2/2023", "H2-2024", "FY'25", "FY-25", "fiscal '25". Written for these tests.

"Q2/2023" had been the second quarter of the publication year (and "Q2-2023" that and the
calendar year 2023 apart), and "FY'25" no period at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.periods import find_periods

PUB = date(2026, 2, 10)


def _spans(text: str) -> list[tuple[str, str, str]]:
    return [(p.text, p.period_start.isoformat(), p.period_end.isoformat()) for p in find_periods(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cement shipments to the north slowed in Q2/2023.", [("Q2/2023", "2023-04-01", "2023-06-30")]),
        ("Cement shipments to the north slowed in Q3-2024.", [("Q3-2024", "2024-07-01", "2024-09-30")]),
        ("Cement shipments to the north slowed in H2/2024.", [("H2/2024", "2024-07-01", "2024-12-31")]),
        ("Cement shipments to the north slowed in H1-2023.", [("H1-2023", "2023-01-01", "2023-06-30")]),
        ("Cement shipments to the north slowed in FY'25.", [("FY'25", "2024-07-01", "2025-06-30")]),
        ("Cement shipments to the north slowed in FY'23-24.", [("FY'23-24", "2023-07-01", "2024-06-30")]),
        ("Cement shipments to the north slowed in FY-25.", [("FY-25", "2024-07-01", "2025-06-30")]),
        ("Cement shipments to the north slowed in fiscal '24.", [("fiscal '24", "2023-07-01", "2024-06-30")]),
        # as before: a run of quarters, a comma before the year, and a plain label
        ("Cement shipments to the north slowed in Q1-Q3 2023.", [("Q1-Q3 2023", "2023-01-01", "2023-09-30")]),
        ("Cement shipments to the north slowed in Q2, 2023.", [("Q2, 2023", "2023-04-01", "2023-06-30")]),
        ("Cement shipments to the north slowed in FY25.", [("FY25", "2024-07-01", "2025-06-30")]),
    ],
)  # fmt: skip
def test_code_and_year_read_as_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _spans(text) == expected
