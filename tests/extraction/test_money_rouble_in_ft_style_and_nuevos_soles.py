"""The rouble as the Financial Times writes it, and the Peruvian sol by its former name, written for
these tests.

"Rbs1.5tn", "Rbs 300bn" are roubles (RUB), and "3.2 billion nuevos soles" (the sol's name until 2015,
which Peruvian copy still writes) is PEN; each had been no money at all. "Rbs" is a weak marker: a
small count after it ("Rbs 45") stays no money, and "RBS" (a bank's initials) is no marker.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.money import find_money

PUB = date(2025, 6, 12)


def _money(text: str) -> list[tuple[float, str | None]]:
    return [(m.value, m.currency) for m in find_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports were worth Rbs1.5tn.", [(1.5e12, "RUB")]),
        ("Exports were worth Rbs 300bn.", [(300e9, "RUB")]),
        ("Exports were worth Rbs 45,000.", [(45000.0, "RUB")]),
        ("Exports were worth 3.2 billion nuevos soles.", [(3.2e9, "PEN")]),
        ("Exports were worth 3.2 billion Peruvian nuevos soles.", [(3.2e9, "PEN")]),
    ],
)
def test_new_markers(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fee was Rbs 45.", []),
        ("The RBS 300 plan was dropped.", []),
        ("Exports were worth 3.2 billion soles.", [(3.2e9, "PEN")]),
        ("Exports were worth 1.2 billion roubles.", [(1.2e9, "RUB")]),
    ],
)
def test_as_before(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _money(text) == expected


def test_trade_figure_in_ft_roubles() -> None:
    text = "Russia's exports to Kazakhstan rose 8% to Rbs1.5tn last year."
    assert facts(text, PUB) == {fact("exports", "RUS", "KAZ", "2024-01-01", "2024-12-31", 1.5e12, "RUB", 8.0)}
