"""The "among other issues" that closes a list of topics is no topic, written for these tests.

"touched on food security, pharmaceuticals and renewable energy, among other issues": the
closing phrase says the list is not whole, and is no item; with its comma it had been kept as
the topic "among other issues" and had kept the list's last "and" from parting its last two
items ("pharmaceuticals and renewable energy"). "among other" before a noun of no list of
matters ("the rights of workers among other migrants") reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 15)  # a Wednesday
LEAD = (
    "Omani Commerce Minister Qais Al Yousef met Indian Commerce Minister Piyush Goyal in Muscat on Monday. "
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(LEAD + text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The meeting touched on food security, pharmaceuticals and renewable energy, among other issues.",
         [("food security", "pharmaceuticals", "renewable energy")]),
        ("They discussed dates, fisheries and textiles, among others.", [("dates", "fisheries", "textiles")]),
        # near miss: "among other" of no list of matters
        ("They discussed the rights of workers among other migrants.",
         [("rights of workers among other migrants",)]),
    ],
)  # fmt: skip
def test_among_other_issues_is_no_topic(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
