"""What an agenda included, written for these tests.

Press releases often tell the matters of talks as the subject's list: "The agenda included
X", "Topics of discussion included X", "The main issues discussed comprised X". The list is
what was discussed, as after "discussed"; the talks had been given no topics. A verb of
inclusion after any other subject lists people or goods ("The delegation included X",
"Exports included X"), and a participle ("the issues included in the roadmap") opens
nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 4, 10)  # a Thursday
OPENING = "The Bolivian foreign minister met the Paraguayan ambassador in La Paz on Tuesday. "


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(OPENING + text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agenda included river navigation, gas sales and border crossings.",
         [("river navigation", "gas sales", "border crossings")]),
        ("The agenda of the two-hour meeting included soybean exports and electricity trade.",
         [("soybean exports", "electricity trade")]),
        ("Topics of discussion included the Paraguay-Parana waterway.", [("Paraguay-Parana waterway",)]),
        ("The main issues discussed comprised visa waivers and direct flights.",
         [("visa waivers", "direct flights")]),
        # near misses: other subjects list people or goods, and a participle opens nothing
        ("The Paraguayan delegation included officials of the state power utility.", [()]),
        ("Bolivian exports to Paraguay included urea and natural gas.", [()]),
        ("The issues included in the roadmap were not made public.", [()]),
    ],
)  # fmt: skip
def test_what_an_agenda_included_is_the_topic(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
