"""Words of a rise or a fall that business copy uses besides the wires', written for these tests.

"an upsurge of 12%", "an increment of 9 percent", "spurted 14%", "bounced back 8%", "a 12%
upswing" are rises and "dwindled 12%", "receded 6%", "a 3% downtrend" falls: each had been read
as a level, so the figure lost its change. Levels and shares after such words ("bounced to 12%",
"receded to 12% of the total") read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.change import find_changes


def _kinds(text: str) -> list[tuple[str, float | None]]:
    return [(c.kind, c.pct) for c in find_changes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports reached $5 billion, an upsurge of 12%.", [("change", 12.0)]),
        ("Exports reached $5 billion, an increment of 9 percent.", [("change", 9.0)]),
        ("Tea exports spurted 14% to $5 billion.", [("change", 14.0)]),
        ("Tea exports bounced back 8% to $5 billion.", [("change", 8.0)]),
        ("Tea exports registered a 12% upswing.", [("change", 12.0)]),
        ("Tea exports saw an upturn of 7.5 per cent.", [("change", 7.5)]),
        ("Tea exports dwindled 12% to $5 billion.", [("change", -12.0)]),
        ("Tea exports receded 6 percent to $5 billion.", [("change", -6.0)]),
        ("Tea exports showed a 3% downtrend.", [("change", -3.0)]),
        # as before
        ("The price bounced to 12%.", [("level", None)]),
        ("Tea exports receded to 12% of the total.", [("share", None)]),
        ("The upturn took the share to 12%.", [("level", None)]),
    ],
)
def test_words_of_a_rise_or_fall(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert _kinds(text) == expected
