"""Amounts written in words with hundreds, written for these tests.

"Senegal's exports to Mali reached two hundred billion CFA francs in 2024." now gives XOF 200
billion; it had given nothing, as a number in words reached only "a hundred" or "one hundred"
(so "three hundred million dollars"), and "one hundred and twenty billion shillings" had been
read as its last word alone, twenty billion. WORD_NUMBER_PATTERN (numbers.py) now reads a
count of hundreds with its tens and units ("two hundred fifty", "one hundred and twenty"),
and parse_word_number passes over the "and" after "hundred"; a change so written ("rose by two
hundred percent") is read too. Amounts in words of another kind ("half a billion dollars",
"a hundred million dollars") read as before. Facts are compared as sets of (flow, reporter,
partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

from orchestration.extraction.numbers import parse_word_number

PUB = date(2025, 8, 12)
Y24 = ("2024-01-01", "2024-12-31")

HUNDREDS = [
    ("Senegal's exports to Mali reached two hundred billion CFA francs in 2024.",
     [fact("exports", "SEN", "MLI", *Y24, 200e9, "XOF")]),
    ("Kenya's exports to Uganda reached one hundred and twenty billion shillings in 2024.",
     [fact("exports", "KEN", "UGA", *Y24, 120e9, "KES")]),
    ("Nigeria's exports to Ghana reached three hundred million dollars in 2024.",
     [fact("exports", "NGA", "GHA", *Y24, 300e6, "USD")]),
    ("Nigeria's exports to Ghana reached two hundred fifty million dollars in 2024.",
     [fact("exports", "NGA", "GHA", *Y24, 250e6, "USD")]),
]  # fmt: skip

UNCHANGED = [
    ("Nigeria's exports to Ghana reached half a billion dollars in 2024.",
     [fact("exports", "NGA", "GHA", *Y24, 500e6, "USD")]),
    ("Nigeria's exports to Ghana reached a hundred million dollars in 2024.",
     [fact("exports", "NGA", "GHA", *Y24, 100e6, "USD")]),
    ("Kenya's exports to Uganda reached twelve billion shillings in 2024.",
     [fact("exports", "KEN", "UGA", *Y24, 12e9, "KES")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HUNDREDS)
def test_hundreds_in_words_are_read_whole(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_amounts_in_words_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(
    ("words", "value"),
    [("two hundred", 200.0), ("one hundred and twenty", 120.0), ("nine hundred ninety-nine", 999.0)],
)
def test_parse_word_number_reads_hundreds(words: str, value: float) -> None:
    assert parse_word_number(words) == value
