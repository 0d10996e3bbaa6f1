"""The rouble's "Rbl" and the afghani's "Af"/"Afs" before a number, written for these tests.

Business papers write the rouble "Rbl1.2bn" or "Rbl 300bn", glued to the figure as "$1.2bn" is;
Kabul's press writes the afghani "Af 5 billion" or "Afs 12bn". "rbl" had been read only as a word
after the number ("3 bln rbls") and the afghani only as "AFN" or "afghanis", so each of these
was no money. Both now mark the currency before a number, weakly (only with a scale word or a
large number, as "Rbs" and "LD" are): "Rbl 500" and "Af 500" are none, nor is "AF" in capitals.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.money import find_money


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("Grain sales to Egypt brought in Rbl1.2bn last quarter.", 1.2e9, "RUB"),
        ("The budget set aside Rbl. 4.5 trillion for roads.", 4.5e12, "RUB"),
        ("Customs collected Af 5 billion at the Torkham crossing.", 5e9, "AFN"),
        ("Dried fruit exports earned Afs12bn this year.", 12e9, "AFN"),
    ],
)
def test_the_abbreviation_marks_the_currency(text: str, value: float, currency: str) -> None:
    assert [(m.value, m.currency) for m in find_money(text)] == [(value, currency)]


@pytest.mark.parametrize(
    "text",
    [
        "A ticket costs Af 500 at the gate.",
        "The fee is Rbl 500 per page.",
        "Team AF 5 billion points ahead.",
        "Graf 5 billion was the estimate.",
    ],
)
def test_near_misses_are_no_money(text: str) -> None:
    assert find_money(text) == []


def test_the_word_after_the_number_reads_as_before() -> None:
    assert [(m.value, m.currency) for m in find_money("exports of 3 bln rbls")] == [(3e9, "RUB")]
