"""Two topics joined by "and" when the second opens on a lower-case compound, written for these
tests.

"centred on regional security and cross-border trade": two matters, as "trade and energy" are;
the hyphenated word had kept the pair whole, as if it qualified both. A compound after "and"
qualifies its own item only; one in the first item ("two-way trade and investment") may
qualify both and still keeps one phrase, as do a pair in a comma list and names.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday
LEAD = "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. "


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(text, PUB, "Nairobi").engagements]


@pytest.mark.parametrize(
    ("matter", "expected"),
    [
        ("The talks centred on regional security and cross-border trade.",
         [("regional security", "cross-border trade")]),
        ("The talks focused on maize prices and small-scale mining.",
         [("maize prices", "small-scale mining")]),
        ("The two leaders discussed fisheries and cross-border trade.",
         [("fisheries", "cross-border trade")]),
        # near misses: a compound in the first item, and a list that was cut as before
        ("The two leaders discussed two-way trade and investment.", [("two-way trade and investment",)]),
        ("The two leaders discussed fisheries, tourism and cross-border trade.",
         [("fisheries", "tourism", "cross-border trade")]),
    ],
)  # fmt: skip
def test_a_compound_after_and_leaves_two_items(matter: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(LEAD + matter) == expected
