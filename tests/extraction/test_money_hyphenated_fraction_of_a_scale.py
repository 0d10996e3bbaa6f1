"""A fraction of a scale word written with hyphens, invented for these tests.

"three-quarters of a billion dollars" is 750 million dollars; the hyphen had kept the fraction out
of the number, and the amount had been read from "a billion dollars", a billion. So too "two-thirds
of a billion euros" and the compound "a quarter-of-a-billion dollars". The spaced forms, and a
fraction that is not the amount's, are as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.money import find_money


def _amounts(text: str) -> list[tuple[str, float, str | None]]:
    return [(m.text, m.value, m.currency) for m in find_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Grain sales brought in three-quarters of a billion dollars.",
            [("three-quarters of a billion dollars", 7.5e8, "USD")],
        ),
        (
            "Wine exports earned two-thirds of a billion euros.",
            [("two-thirds of a billion euros", 666666666.667, "EUR")],
        ),
        ("It was a quarter-of-a-billion dollars deal.", [("a quarter-of-a-billion dollars", 2.5e8, "USD")]),
        # as before
        (
            "Grain sales brought in three quarters of a billion dollars.",
            [("three quarters of a billion dollars", 7.5e8, "USD")],
        ),
        ("A three-quarters stake went for a billion dollars.", [("a billion dollars", 1e9, "USD")]),
    ],
)
def test_fraction_of_a_scale(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert _amounts(text) == expected
