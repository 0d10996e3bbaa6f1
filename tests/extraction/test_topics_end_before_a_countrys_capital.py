"""A topic ends before "in the <demonym> capital", written for these tests.

"signed a memorandum on e-commerce in the Turkish capital on Wednesday" tells where the signing
was by the country's capital, as "in Ankara" would: the topic ends before it, and the capital
is the place (the topic had run on into it, and the signing had no place). A capital that owns
what follows ("in the Kenyan capital's eastern suburbs") stays subject matter.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 6)  # a Thursday


def _places_and_topics(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(e.location, e.topics) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Turkish and Uzbek trade ministers signed a memorandum on e-commerce in the Turkish "
         "capital on Wednesday.", [("Ankara", ("e-commerce",))]),
        ("The Chilean and Bolivian ministers held talks on lithium exports in the Chilean capital.",
         [("Santiago", ("lithium exports",))]),
        ("Norway and Iceland signed an agreement on fisheries in the Norwegian capital on Monday.",
         [("Oslo", ("fisheries",))]),
        # the capital owns what follows: as before
        ("The Kenyan and Ethiopian ministers signed a memorandum on housing in the Kenyan capital's "
         "eastern suburbs on Wednesday.", [(None, ("housing in the Kenyan capital's eastern suburbs",))]),
    ],
)  # fmt: skip
def test_the_capital_is_the_place_not_the_topic(
    text: str, expected: list[tuple[str | None, tuple[str, ...]]]
) -> None:
    assert _places_and_topics(text) == expected
