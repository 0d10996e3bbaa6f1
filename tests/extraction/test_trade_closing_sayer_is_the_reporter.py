"""The country that speaks the attribution closing a sentence is the reporter of its figures,
written for these tests.

"Exports to Peru reached $4 billion in 2024, followed by Japan with $2 billion, Korea said."
gives Korea's exports to Peru and to Japan; it had given Japan's exports to Peru alone: a figure
with a partner and no reporter took the sentence's other country by salience, and Japan, the
ranked second partner, was it. A country named as the speaker of the closing attribution (",
the UAE said.", ", Uganda's central bank said.": trade._closing_sayer) is now the reporter before
salience is asked. A speaker that is the partner itself, a reporter the figure names, a sentence
with no closing speaker, and a closing "Chile's customs service reported on Monday" after a
figure of imports (Chile's already) read as before. Facts are compared as sets of (flow,
reporter, partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 8, 21)
Y24 = ("2024-01-01", "2024-12-31")

FIXED = [
    ("Exports to Peru reached $4 billion in 2024, followed by Japan with $2 billion, Korea said.",
     {fact("exports", "KOR", "PER", *Y24, 4e9, "USD"), fact("exports", "KOR", "JPN", *Y24, 2e9, "USD")}),
    ("Exports to India reached $4 billion in 2024, equal to 31.5 percent of total non-oil exports, "
     "followed by Japan with $2 billion, the UAE said.",
     {fact("exports", "ARE", "IND", *Y24, 4e9, "USD"), fact("exports", "ARE", "JPN", *Y24, 2e9, "USD")}),
    ("Exports to Kenya climbed to $700 million in 2024, followed by Tanzania with $450 million, "
     "Uganda's central bank said.",
     {fact("exports", "UGA", "KEN", *Y24, 700e6, "USD"), fact("exports", "UGA", "TZA", *Y24, 450e6, "USD")}),
]  # fmt: skip

UNCHANGED = [
    ("Imports from Brazil rose to $1.3 billion in 2024, ahead of Argentina with $900 million, "
     "Chile's customs service reported on Monday.",
     {fact("imports", "CHL", "BRA", *Y24, 1.3e9, "USD"), fact("imports", "CHL", "ARG", *Y24, 900e6, "USD")}),
    ("Exports to Peru reached $4 billion in 2024, Korea said.",
     {fact("exports", "KOR", "PER", *Y24, 4e9, "USD")}),
    ("Korea's exports to Peru reached $4 billion in 2024, followed by Japan with $2 billion.",
     {fact("exports", "KOR", "PER", *Y24, 4e9, "USD"), fact("exports", "KOR", "JPN", *Y24, 2e9, "USD")}),
    ("Korea's exports to Peru reached $4 billion in 2024, Peru's customs said.",
     {fact("exports", "KOR", "PER", *Y24, 4e9, "USD")}),
    ("Exports to Peru reached $4 billion in 2024, Peru's ministry said.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_the_closing_sayer_reports_the_figures(text: str, expected: set[Fact]) -> None:
    assert facts(text, PUB) == expected


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_reporters_read_as_before(text: str, expected: set[Fact]) -> None:
    assert facts(text, PUB) == expected
