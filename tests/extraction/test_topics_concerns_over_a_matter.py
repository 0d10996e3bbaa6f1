"""The worry a matter raises, framing before the matter, written for these tests.

"addressing concerns over the drought" is about the drought: "concerns over" frames it as
"the implementation of" or "issues of" do, and had stayed in the label ("concerns over the
drought"). "concerns", "fears" and "worries" before "over" or "about" are framing now; a
matter with no such word, and a concern after its adjective ("issues of common concern"), stay
as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday
LEAD = "Fijian Prime Minister Sitiveni Rabuka met Tongan Prime Minister Aisake Eke in Suva on Monday"


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(text, PUB, "Suva").engagements]


@pytest.mark.parametrize(
    ("matter", "expected"),
    [
        (", addressing concerns over the drought.", [("drought",)]),
        (". The talks addressed fears about overfishing.", [("overfishing",)]),
        (". They discussed worries over tuna stocks.", [("tuna stocks",)]),
        # near misses: no framing word, and a concern after its adjective
        (". They discussed tuna stocks.", [("tuna stocks",)]),
        (". They discussed issues of common concern.", [("common concern",)]),
    ],
)  # fmt: skip
def test_the_worry_is_no_part_of_the_label(matter: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(LEAD + matter) == expected
