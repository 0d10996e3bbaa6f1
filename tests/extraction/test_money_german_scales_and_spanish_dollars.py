"""German scale words and the Spanish dollar in half-translated copy, written for these tests.

"1,1 Milliarden Euro" is 1.1 billion EUR and "850 Millionen Dollar" 850 million USD: German copy's
plural scale words ("Millionen", "Milliarden", and "Billionen", a million millions) are read as the
abbreviations "Mio." and "Mrd." already were. "1.100 millones de dólares" is 1.1 billion USD: the
Spanish and Portuguese plural "dólares" (with or without its accent) names the dollar as "dollars"
does. Amounts in English and the English "billion" read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.money import find_money


def _amounts(text: str) -> list[tuple[str, float, str | None]]:
    return [(m.text, m.value, m.currency) for m in find_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exporte von 1,1 Milliarden Euro.", [("1,1 Milliarden Euro", 1.1e9, "EUR")]),
        ("a deal of 850 Millionen Dollar", [("850 Millionen Dollar", 8.5e8, "USD")]),
        ("debts of 1,2 Billionen Euro", [("1,2 Billionen Euro", 1.2e12, "EUR")]),
        ("sales of 1.100 millones de dólares", [("1.100 millones de dólares", 1.1e9, "USD")]),
        ("sales of 640 millones de dolares", [("640 millones de dolares", 6.4e8, "USD")]),
        # as before
        ("sales of 1.2 billion euros", [("1.2 billion euros", 1.2e9, "EUR")]),
        ("sales of 1,2 Mrd. Euro", [("1,2 Mrd. Euro", 1.2e9, "EUR")]),
        ("some 3 Milliarden Menschen", []),
    ],
)
def test_foreign_scale_and_unit(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert _amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany's exports to China fell to 1,1 Milliarden Euro in 2024.",
         fact("exports", "DEU", "CHN", "2024-01-01", "2024-12-31", 1.1e9, "EUR")),
        ("Spain's exports to Mexico reached 1.100 millones de dólares in 2024.",
         fact("exports", "ESP", "MEX", "2024-01-01", "2024-12-31", 1.1e9, "USD")),
    ],
)  # fmt: skip
def test_trade_figure_in_half_translated_copy(text: str, expected: tuple[object, ...]) -> None:
    assert facts(text, date(2025, 3, 1)) == {expected}
