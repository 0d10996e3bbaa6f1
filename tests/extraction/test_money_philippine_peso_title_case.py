"""The Philippine peso written "Php" before the number, written for these tests.

Philippine copy writes its peso "PHP", "P", the sign, and in title case "Php": "Php 1.2 billion"
had given no amount, so the figure was lost. The marker is weak, as "P" is: a small bare number
after it ("Php 8", the language's version) is no money.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

from orchestration.extraction.money import find_money

PUB = date(2025, 3, 10)

PESO_FACTS = [
    ("The Philippines' exports to Japan reached Php 1.2 trillion in 2024.",
     [fact("exports", "PHL", "JPN", "2024-01-01", "2024-12-31", 1.2e12, "PHP")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PESO_FACTS)
def test_title_case_peso_reaches_the_fact(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("a grant of Php1.2 billion", [(1.2e9, "PHP")]),
        ("a fine of Php 250,000", [(250e3, "PHP")]),
        ("The site runs on Php 8 now.", []),
    ],
)
def test_title_case_peso(text: str, values: list[tuple[float, str]]) -> None:
    assert [(m.value, m.currency) for m in find_money(text)] == values
