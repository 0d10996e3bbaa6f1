"""An office in apposition that a parliamentary style opens, written for these tests.

Indian and Commonwealth press releases style the office, not the name: "Mr. X, Hon'ble
Minister of Commerce & Industry, met ...", "Y, the Honourable Minister for Trade, ...". The
style stood between the comma and the office, so the office was no longer set beside the
name, and the minister came out untitled. The style is passed over as "the" is.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Rakesh Mehta, Hon'ble Minister of Commerce & Industry, met the envoy.",
         [("Rakesh Mehta", "Minister of Commerce & Industry")]),
        ("Rakesh Mehta, Honourable Minister of Commerce and Industry, met the envoy.",
         [("Rakesh Mehta", "Minister of Commerce and Industry")]),
        ("Rakesh Mehta, the Hon'ble Minister of Commerce and Industry, met the envoy.",
         [("Rakesh Mehta", "Minister of Commerce and Industry")]),
        ("Joseph Banda, Hon. Minister of Trade, met the envoy.", [("Joseph Banda", "Minister of Trade")]),
        # near misses: no style, as before; a style before the name stays the name's
        ("Rakesh Mehta, Minister of Commerce and Industry, met the envoy.",
         [("Rakesh Mehta", "Minister of Commerce and Industry")]),
        ("Minister of Trade Hon. Joseph Banda met the envoy.", [("Joseph Banda", "Minister of Trade")]),
    ],
)  # fmt: skip
def test_style_before_office_keeps_it_beside_the_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.title) for p in find_people(text)] == expected
