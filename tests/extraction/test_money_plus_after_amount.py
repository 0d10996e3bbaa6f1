"""An amount closed by "-plus" or "+": "$1.2 billion-plus", "Rs 500 crore+". Written for these
tests.

The figure is a lower bound, as "more than $1.2 billion" makes it, and its qualifier had been
left empty (the hedge was read only before the amount). A sum ("$1bn plus interest", "$5
billion+$2 billion") and a bare amount keep no qualifier.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.money import find_money


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The port signed deals worth $1.2 billion-plus last year.", 1.2e9),
        ("It was a Rs 500 crore+ order for rail coaches.", 5e9),
        ("Lagos handled N2trn-plus of cargo in the quarter.", 2e12),
    ],
)
def test_plus_after_amount_is_a_lower_bound(text: str, value: float) -> None:
    assert [(m.value, m.qualifier) for m in find_money(text)] == [(value, "more than")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The loan was $1bn plus interest.", [(1e9, None)]),
        ("The bill came to $5 billion+$2 billion in fees.", [(5e9, None), (2e9, None)]),
        ("The port signed deals worth $1.2 billion last year.", [(1.2e9, None)]),
        ("The port signed deals worth over $1.2 billion last year.", [(1.2e9, "over")]),
    ],
)
def test_sums_and_bare_amounts_keep_their_qualifier(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(m.value, m.qualifier) for m in find_money(text)] == expected
