"""A verb of change whose "at" tells the pace of the change: "grew at 12.5 percent",
"contracted at 3%", "growing at 7%". Written for these tests.

The percentage had been a level, as after "stood at", so a figure lost its change. An average
("grew at an average 5%", "at an average annual rate of 5%") and a level's verb stay levels.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.change import find_changes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cocoa shipments to the bloc grew at 12.5 percent year on year.", [("change", 12.5)]),
        ("Cocoa shipments to the bloc grew at about 9 per cent in the spring.", [("change", 9.0)]),
        ("Cocoa shipments to the bloc contracted at 3% in the spring.", [("change", -3.0)]),
        ("Cocoa shipments, growing at 7%, reached $2 billion.", [("change", 7.0)]),
        # as before: an average pace, a rate over years, and a level
        ("Cocoa shipments to the bloc grew at an average 5% a year.", [("level", None)]),
        ("Cocoa shipments grew at an average annual rate of 5% over the decade.", [("level", None)]),
        ("The tariff on cocoa stood at 4% in the spring.", [("level", None)]),
        ("Cocoa shipments grew at a rate of 12% in the spring.", [("change", 12.0)]),
    ],
)  # fmt: skip
def test_pace_after_at(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert [(c.kind, c.pct) for c in find_changes(text)] == expected
