"""The CFP franc and the São Tomé dobra by name, written for these tests.

"120 billion CFP francs" (New Caledonia's, French Polynesia's and Wallis and Futuna's franc, also
"Pacific francs") is 1.2e11 XPF, and "1.2 billion dobras" 1.2e9 STN; each had been no money.
Bare "francs" now list XPF among their candidates, so a figure of French Polynesia in bare francs
is in XPF. Swiss, CFA and Rwandan francs, and "XPF" before the number, read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.money import find_money

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")


def _amounts(text: str) -> list[tuple[float, str | None]]:
    return [(m.value, m.currency) for m in find_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nickel exports reached 120 billion CFP francs in 2024.", [(120e9, "XPF")]),
        ("Imports reached 120 billion Pacific francs in 2024.", [(120e9, "XPF")]),
        ("Cocoa exports reached 1.2 billion dobras in 2024.", [(1.2e9, "STN")]),
        # as before
        ("Nickel exports reached XPF 120 billion in 2024.", [(120e9, "XPF")]),
        ("Watch exports reached 120 billion Swiss francs in 2024.", [(120e9, "CHF")]),
        ("Cotton exports reached 120 billion CFA francs in 2024.", [(120e9, "XOF")]),
        ("Tea exports reached 120 billion Rwandan francs in 2024.", [(120e9, "RWF")]),
    ],
)
def test_amounts(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("New Caledonia's exports to France reached 120 billion CFP francs in 2024.",
         fact("exports", "NCL", "FRA", *Y24, 120e9, "XPF")),
        ("French Polynesia's imports from France reached 120 billion francs in 2024.",
         fact("imports", "PYF", "FRA", *Y24, 120e9, "XPF")),
        ("Sao Tome's imports from Portugal reached 1.2 billion dobras in 2024.",
         fact("imports", "STP", "PRT", *Y24, 1.2e9, "STN")),
        # as before
        ("Switzerland's exports to Germany reached 120 billion francs in 2024.",
         fact("exports", "CHE", "DEU", *Y24, 120e9, "CHF")),
        ("Senegal's exports to Mali reached 120 billion francs in 2024.",
         fact("exports", "SEN", "MLI", *Y24, 120e9, "XOF")),
    ],
)  # fmt: skip
def test_figures(text: str, expected: tuple[object, ...]) -> None:
    assert facts(text, PUB) == {expected}
