"""Fractions written in digits: a mixed number before a percent ("33 1/3 per cent", "12-1/2
percent") and a bare fraction after "by" ("grew by 1/3"). Written for these tests.

The percent had taken only the digit after the slash ("rose by 33 1/3 per cent" a change of
3.0), and "grew by 1/3" had given no change. Dates ("11/12") and split years ("2024/25") are
never fractions.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.change import find_changes
from orchestration.extraction.numbers import parse_digit_fraction, parse_number
from orchestration.extraction.pipeline import extract_document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jute shipments rose by 33 1/3 per cent over the season.", 33.3333),
        ("Cotton yarn sales climbed 12-1/2 percent on the year.", 12.5),
        ("Copra output slipped 2 1/2% during the drought.", -2.5),
        ("Cement exports grew by 1/3 after the bridge opened.", 33.33),
        ("Sugar imports fell by about 1/4 in the dry months.", -25.0),
        # a fraction in words and a plain percent read as before
        ("Cement exports grew by a third after the bridge opened.", 33.33),
        ("Copra output slipped 2.5% during the drought.", -2.5),
    ],
)  # fmt: skip
def test_fraction_in_digits_sizes_the_change(text: str, expected: float) -> None:
    assert [c.pct for c in find_changes(text) if c.kind == "change"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Cement exports grew 5% in the 11/12 fortnight.",
        "Cement exports grew 5% in the 2024/25 season.",
        "The tariff was divided by 1/2 in the formula.",
        "Cement exports grew by 2 1/2 in the ledger.",
    ],
)
def test_dates_split_years_and_bare_mixed_numbers_are_no_fraction_change(text: str) -> None:
    assert [c.pct for c in find_changes(text) if c.kind == "change" and c.pct not in (5.0,)] == []


@pytest.mark.parametrize(
    ("written", "expected"),
    [("1/3", 1 / 3), ("33 1/3", 33 + 1 / 3), ("12-1/2", 12.5), ("3/4", 0.75), ("5/4", None), ("11/12", None)],
)
def test_digit_fraction_values(written: str, expected: float | None) -> None:
    assert parse_digit_fraction(written) == expected
    assert parse_number(written) == expected


def test_mixed_percent_reaches_the_trade_figure() -> None:
    text = (
        "KARACHI, March 3 - Pakistan's exports of surgical goods to Germany rose by 33 1/3 per cent "
        "to $90 million in 2024, the trade body said."
    )
    mentions = extract_document(text, date(2025, 3, 3), "Karachi").trade_mentions
    assert [m.change_pct for m in mentions] == [33.3333]
