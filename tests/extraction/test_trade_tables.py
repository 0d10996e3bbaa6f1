"""The unit of a table's header read as a currency and a scale (`trade_tables._unit_money`)."""

from __future__ import annotations

import pytest

from orchestration.extraction.trade_tables import _unit_currency, _unit_money


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("US$ billion", ("USD", 1e9)),
        ("in millions of US dollars", ("USD", 1e6)),
        ("billion yuan", ("CNY", 1e9)),
        ("RM million", ("MYR", 1e6)),
        ("USD mn", ("USD", 1e6)),
        ("trillion won", ("KRW", 1e12)),
        # no certain currency, no scale, no money at all
        ("$ billion", None),
        ("US$", None),
        ("million tonnes", None),
        ("% of total", None),
    ],
)
def test_unit_money(unit: str, expected: tuple[str, float] | None) -> None:
    assert _unit_money(unit) == expected


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("US$", ("USD", 0.0)),
        ("in US dollars", ("USD", 0.0)),
        ("yuan", ("CNY", 0.0)),
        # a scale makes it no currency alone; no currency; an ambiguous dollar
        ("US$ billion", None),
        ("%", None),
        ("tonnes", None),
        ("$", None),
    ],
)
def test_unit_currency(unit: str, expected: tuple[str, float] | None) -> None:
    assert _unit_currency(unit) == expected
