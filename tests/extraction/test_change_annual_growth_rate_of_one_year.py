"""An annual growth rate with no span of years is the change on the year before; written for these tests.

"exports reached $5 billion, an annual growth rate of 12%" gives a change of +12: "annual" or
"yearly" before the rate had always made it a rate over years, a level. Now they do so only when a
span of years follows the rate ("over the past decade", "between 2015 and 2024", "since 2015", "in
2015-2024", "over five years", "over a five-year period"), which also makes "grew at an annual rate
of 5% over the past decade" a level. Average, compound and cumulative rates, and a rate over one
year ("over the past year"), read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.change import find_changes


def _kinds(text: str) -> list[tuple[str, float | None]]:
    return [(c.kind, c.pct) for c in find_changes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports reached $5 billion, an annual growth rate of 12%.", [("change", 12.0)]),
        ("Exports reached $5 billion in 2024, a yearly growth rate of 12 percent.", [("change", 12.0)]),
        ("The annual growth rate was 12% in 2024.", [("change", 12.0)]),
        ("Exports grew at an annual rate of 5% over the past decade.", [("level", None)]),
        ("Exports posted an annual growth rate of 7% between 2015 and 2024.", [("level", None)]),
        ("Exports posted an annual growth rate of 7% since 2015.", [("level", None)]),
        ("Exports posted an annual growth rate of 7% in 2015-2024.", [("level", None)]),
        ("Exports posted an annual growth rate of 7% over a five-year period.", [("level", None)]),
        ("The annual growth rate was 12% over the last ten years.", [("level", None)]),
        # as before
        ("Exports posted an annual growth rate of 7% over the past year.", [("change", 7.0)]),
        ("Exports posted an average annual growth rate of 5%.", [("level", None)]),
        ("Exports posted a compound annual growth rate of 7%.", [("level", None)]),
        ("Exports posted a growth rate of 9 percent.", [("change", 9.0)]),
        ("The annual inflation rate was 12%.", [("level", None)]),
    ],
)
def test_annual_rate(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert _kinds(text) == expected


def test_trade_figure_with_its_annual_growth_rate() -> None:
    text = "Kenya's exports to Uganda reached $1.2 billion in 2024, an annual growth rate of 12%."
    found = facts(text, date(2025, 3, 1))
    assert found == {fact("exports", "KEN", "UGA", "2024-01-01", "2024-12-31", 1.2e9, "USD", 12.0)}
