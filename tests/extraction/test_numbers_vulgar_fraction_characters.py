"""Whole numbers closed by a vulgar fraction character, written for these tests.

British and older copy sets a half or a quarter as one character: "rose 12½%" had given no
change (the number stopped at "12" and the sign was read away from it), and "$1½ billion" had
been one dollar. The fraction now belongs to the number before it. Numbers without one read as
before. Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

from orchestration.extraction.change import find_changes
from orchestration.extraction.money import find_money
from orchestration.extraction.numbers import parse_number

PUB = date(2025, 3, 10)
Y24 = ("2024-01-01", "2024-12-31")

VULGAR_FACTS = [
    ("Vietnam's exports to Japan rose 12½% to $24 billion in 2024.",
     [fact("exports", "VNM", "JPN", *Y24, 24e9, "USD", 12.5)]),
    ("Britain's imports from Norway came to £3¼bn in 2024, up 4¾ per cent.",
     [fact("imports", "GBR", "NOR", *Y24, 3.25e9, "GBP", 4.75)]),
    ("Egypt's exports to Italy reached $1½ billion in 2024.",
     [fact("exports", "EGY", "ITA", *Y24, 1.5e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VULGAR_FACTS)
def test_vulgar_fraction_reaches_the_fact(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("12½", 12.5),
        ("1¾", 1.75),
        ("3¼", 3.25),
        ("2⅓", 7 / 3),
        ("12,5", 12.5),
        ("1,234", 1234.0),
        ("½", None),
    ],
)
def test_parse_number_adds_the_fraction(written: str, value: float | None) -> None:
    assert parse_number(written) == value


def test_amounts_and_changes_keep_the_fraction() -> None:
    assert [(m.value, m.text) for m in find_money("a deal of Rs 2½ crore")] == [(2.5e7, "Rs 2½ crore")]
    assert [c.pct for c in find_changes("Sales posted a rise of 12½ per cent.")] == [12.5]
    assert [c.pct for c in find_changes("Sales grew 2½-fold.")] == [150.0]


def test_numbers_without_a_fraction_read_as_before() -> None:
    assert [m.value for m in find_money("exports of $1.5 billion and $2 billion")] == [1.5e9, 2e9]
    assert [c.pct for c in find_changes("Sales rose 12% in 2024.")] == [12.0]
