"""A topic loses the sides named again at its end, written for these tests.

"on the tobacco marketing policy of the two countries": the countries are the sides of the
talks, told already, so the label is "tobacco marketing policy" (it had kept "of the two
countries", only "between", "among" and "with" the two countries being trimmed). "of both
countries" and "for the two nations" read the same; a third party after "of" stays.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 13)  # a Monday
LEAD = (
    "Malawian President Peter Mutharika held talks with Zambian President Hakainde Hichilema in "
    "Lilongwe on Sunday on "
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(text, PUB, "Lilongwe").engagements]


@pytest.mark.parametrize(
    ("matter", "expected"),
    [
        ("the tobacco marketing policy of the two countries.", [("tobacco marketing policy",)]),
        ("the fertiliser procurement plans of both countries.", [("fertiliser procurement plans",)]),
        ("a joint power pool for the two nations.", [("power pool",)]),
        ("trade between the two countries.", [("trade",)]),
        # near miss: a third party's matter keeps its "of"
        ("the tobacco marketing policy of the SADC.", [("tobacco marketing policy of the SADC",)]),
    ],
)  # fmt: skip
def test_the_sides_named_again_leave_the_topic(matter: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(LEAD + matter) == expected
