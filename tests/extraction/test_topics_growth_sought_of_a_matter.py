"""The growth sought of a matter, framing before it, written for these tests.

"discussed expanding trade" is about trade, as "discussed the expansion of trade" is: the
gerund of growth before a matter ("expanding", "boosting", "increasing", "enhancing",
"promoting") frames it as the noun "expansion" did, and had stayed in the label ("expanding
trade"). Before a bond word it was framing already ("boosting ties in | tourism"); a gerund
that is no growth ("developing countries") and a matter with none stay as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday
LEAD = "Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on Monday. "


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(text, PUB, "Lima").engagements]


@pytest.mark.parametrize(
    ("matter", "expected"),
    [
        ("They discussed expanding trade.", [("trade",)]),
        ("They discussed boosting investment and tourism.", [("investment", "tourism")]),
        ("The sides discussed port security, increasing copper exports and cooperation in fisheries.",
         [("port security", "copper exports", "fisheries")]),
        ("The talks focused on promoting lithium processing.", [("lithium processing",)]),
        # near misses: a bond after the gerund, as before, a gerund of no growth, and no gerund
        ("They discussed boosting ties in tourism.", [("tourism",)]),
        ("They discussed ways of enhancing them in the fields of mining.", [("mining",)]),
        ("They discussed developing countries' debt.", [("developing countries' debt",)]),
        ("They discussed copper exports.", [("copper exports",)]),
    ],
)  # fmt: skip
def test_the_growth_sought_is_no_part_of_the_label(matter: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(LEAD + matter) == expected
