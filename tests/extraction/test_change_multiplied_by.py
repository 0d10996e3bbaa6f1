""" "Multiplied by three": a multiple told by the arithmetic verb, written for these tests.

"Kenya's exports to Uganda multiplied by three to $600 million in 2024." is a change of +200.0,
as "tripled" and "grew by a factor of three" already were; it had been unsized. "were
multiplied by 2.5" is +150.0, "multiplied by about four" +300.0, and "divided by four" -75.0 (as
"fell four times" is). A hedge short of the multiple ("multiplied by almost three") leaves it
unsized, as "almost tripled" is; a count after the number ("divided by two ports"), arithmetic
("multiplied by 100") and "multiplied" alone read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "flow", "change"),
    [
        ("Kenya's exports to Uganda multiplied by three to $600 million in 2024.", "exports", 200.0),
        ("Kenya's exports to Uganda were multiplied by 2.5 to reach $600 million in 2024.", "exports", 150.0),
        ("Kenya's exports to Uganda were multiplied by about four, reaching $600 million in 2024.",
         "exports", 300.0),
        ("Kenya's imports from Uganda were divided by four to $600 million in 2024.", "imports", -75.0),
        # as before
        ("Kenya's exports to Uganda were multiplied by almost three, reaching $600 million in 2024.",
         "exports", None),
        ("Kenya's exports to Uganda reached $600 million in 2024, divided by two ports.", "exports", None),
        ("Kenya's exports to Uganda reached $600 million in 2024; fees multiplied by 100.", "exports", None),
        ("Kenya's exports to Uganda reached $600 million in 2024 as trade multiplied.", "exports", None),
        ("Kenya's exports to Uganda tripled to $600 million in 2024.", "exports", 200.0),
    ],
)  # fmt: skip
def test_multiplied_by(text: str, flow: str, change: float | None) -> None:
    assert facts(text, PUB) == {fact(flow, "KEN", "UGA", *Y24, 6e8, "USD", change)}
