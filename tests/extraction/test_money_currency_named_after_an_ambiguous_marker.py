"""A currency named after an amount whose marker before it is ambiguous, invented for these tests.

"K" is the kwacha's (Zambian and Malawian), the kina's and the kyat's mark; "¥" the yen's and the
yuan's. A currency's name or code written right after the amount tells which: "K1.2 billion kina"
is PGK (it had been left open between the four), "¥80 billion yuan" CNY (it had been yen), and a
name that still leaves a choice narrows it ("K1.2 billion kwacha": ZMW or MWK). A name that is
none of the marker's currencies, or leaves the same choice, changes nothing; the dollar sign is
read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.money import find_money


def _amounts(text: str) -> list[tuple[str, float, str | None, tuple[str, ...]]]:
    return [(m.text, m.value, m.currency, m.candidates) for m in find_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coffee earned K1.2 billion kina last year.", [("K1.2 billion kina", 1.2e9, "PGK", ())]),
        ("Coffee earned K 310 million PGK last year.", [("K 310 million PGK", 3.1e8, "PGK", ())]),
        ("The mill was sold for ¥80 billion yuan.", [("¥80 billion yuan", 8e10, "CNY", ())]),
        (
            "Tobacco fetched K1.2 billion kwacha at auction.",
            [("K1.2 billion kwacha", 1.2e9, None, ("ZMW", "MWK"))],
        ),
    ],
)
def test_name_after_settles_the_marker(
    text: str, expected: list[tuple[str, float, str | None, tuple[str, ...]]]
) -> None:
    assert _amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that leaves the same choice, and one that is not the marker's: as before
        ("Tea earned Sh 5 billion shillings.", [("Sh 5 billion", 5e9, "KES", ("KES", "UGX", "TZS", "SOS"))]),
        (
            "Coffee earned K1.2 billion in kina terms.",
            [("K1.2 billion", 1.2e9, None, ("ZMW", "MWK", "PGK", "MMK"))],
        ),
        # a certain marker is not re-read
        ("Exports reached US$2 billion dollars.", [("US$2 billion", 2e9, "USD", ())]),
    ],
)
def test_other_names_change_nothing(
    text: str, expected: list[tuple[str, float, str | None, tuple[str, ...]]]
) -> None:
    assert _amounts(text) == expected
