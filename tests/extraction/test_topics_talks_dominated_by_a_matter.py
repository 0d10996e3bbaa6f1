"""Talks "dominated by" a matter, written for these tests.

"Talks dominated by water security", "The meeting was largely dominated by X", "The agenda
was dominated by X": the "by" of talks names what filled them, as "focused on" does. Before,
the word opened nothing (a participle with its agent, "the goods covered by the deal", which
names no matter). Said of anything but talks or an agenda it is still no matter ("Kasane, a
town dominated by tourism").
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _topics(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.engagement_type, e.topics) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zambian President Mwila Banda held talks with Malawian President Chikondi Phiri on "
         "Tuesday, talks dominated by maize prices.", [("meeting", ("maize prices",))]),
        ("Zambian President Mwila Banda met Malawian President Chikondi Phiri on Tuesday. The "
         "meeting was largely dominated by the Nacala corridor.",
         [("meeting", ("Nacala corridor",))]),
        ("Zambian President Mwila Banda spoke by phone with Malawian President Chikondi Phiri on "
         "Tuesday. The agenda was dominated by drought relief.", [("phone_call", ("drought relief",))]),
        ("In talks dominated by the drought, Zambian President Mwila Banda met Malawian President "
         "Chikondi Phiri on Tuesday.", [("meeting", ("drought",))]),
        # near misses: a place dominated by something names no matter
        ("Zambian President Mwila Banda met Malawian President Chikondi Phiri on Tuesday in "
         "Livingstone, a town dominated by tourism.", [("meeting", ())]),
    ],
)  # fmt: skip
def test_dominated_by_names_the_matter(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _topics(text) == expected
