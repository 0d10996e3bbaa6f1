"""The Chilean peso's "Ch$" and the Haitian gourde, written for these tests.

"Ch$1.2 trillion" (the Chilean press's mark against the sign, as "CL$" and "CLP$") is 1.2e12
CLP, and "1.2 billion gourdes" 1.2e9 HTG; each had been no money. Other marks of the peso and
a sign before no number read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.money import find_money


def _amounts(text: str) -> list[tuple[float, str | None]]:
    return [(m.value, m.currency) for m in find_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Copper exports to China reached Ch$1.2 trillion in 2024.", [(1.2e12, "CLP")]),
        ("Copper exports to China reached Ch$ 35 billion in May.", [(35e9, "CLP")]),
        ("Haiti's imports from the Dominican Republic reached 1.2 billion gourdes.", [(1.2e9, "HTG")]),
        ("Remittances came to 85 billion gourde in 2024.", [(85e9, "HTG")]),
        # as before
        ("Copper exports to China reached CL$1.2 trillion in 2024.", [(1.2e12, "CLP")]),
        ("Copper exports to China reached CLP 1.2 trillion in 2024.", [(1.2e12, "CLP")]),
        ("The Ch$ sign is seldom printed.", []),
    ],
)
def test_amounts(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _amounts(text) == expected
