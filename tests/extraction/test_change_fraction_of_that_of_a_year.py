"""A fraction of "that of" an earlier period, written for these tests.

"Kenya's exports to Uganda reached $600 million in 2024, half that of 2023." is a change of
-50.0, as "double that of 2023" already was +100.0; it had been unsized. "a third that of 2023"
is -66.67, and "half the level of 2023", "half the value of 2023", "half the amount recorded in
2023" read so too (the level named by its noun and then its year). A hedge ("about half that of
2023") leaves it unsized, as "nearly half the 2023 level" was; a fraction of another country's
("half that of Tanzania") or of anything else ("half the EU average", "half the value of all its
exports in 2023", a share's whole) reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")
LEAD = "Kenya's exports to Uganda reached $600 million in 2024, "


@pytest.mark.parametrize(
    ("tail", "change"),
    [
        ("half that of 2023.", -50.0),
        ("a third that of 2023.", -66.67),
        ("half that of a year earlier.", -50.0),
        ("half the level of 2023.", -50.0),
        ("half the value of 2023.", -50.0),
        ("half the amount recorded in 2023.", -50.0),
        # as before
        ("half the 2023 level.", -50.0),
        ("double that of 2023.", 100.0),
        ("about half that of 2023.", None),
        ("half that of Tanzania.", None),
        ("half the EU average.", None),
        ("half the value of all its exports in 2023.", None),
    ],
)
def test_fraction_of_that_of_a_year(tail: str, change: float | None) -> None:
    assert facts(LEAD + tail, PUB) == {fact("exports", "KEN", "UGA", *Y24, 6e8, "USD", change)}
