"""A comparative after a verb of drift gives a change its direction: "exports edged lower 0.4%" is
-0.4, "moved higher 2 percent" +2.0. Written for these tests.

The number had been read as a level (no change), as only "edged up"/"edged down" and "0.4% lower"
were known. A comparative before a number with no such verb ("a lower 4% tariff", "the higher 12%
duty") and "went higher to 12%" stay levels.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.change import find_changes
from orchestration.extraction.pipeline import extract_document


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("Rice shipments edged lower 0.4% in May.", -0.4),
        ("Rice shipments edged higher 0.4% in May.", 0.4),
        ("Copper sales moved higher 2 percent on the quarter.", 2.0),
        ("Wool receipts ended lower 1.5 per cent for the season.", -1.5),
        ("Tea auctions inched higher 0.2% last week.", 0.2),
    ],
)
def test_drift_sets_the_sign(text: str, pct: float) -> None:
    assert [(c.kind, c.pct) for c in find_changes(text)] == [("change", pct)]


@pytest.mark.parametrize(
    "text",
    [
        "Buyers face a lower 4% tariff from July.",
        "Sellers paid the higher 12% duty on steel.",
        "Tariffs went higher to 12% in the budget.",
    ],
)
def test_no_drift_stays_a_level(text: str) -> None:
    assert [(c.kind, c.pct) for c in find_changes(text)] == [("level", None)]


def test_trade_fact_takes_the_change() -> None:
    text = (
        "ACCRA, June 17 - Ghana's exports to Togo edged lower 0.4% to $310 million in 2024, "
        "the statistics service said."
    )
    facts = extract_document(text, date(2025, 6, 17), "Accra").trade_mentions
    assert [(f.value, f.change_pct) for f in facts] == [(310e6, -0.4)]
