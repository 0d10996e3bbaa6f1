"""A matter "addressed" at talks, written for these tests.

"They addressed water security", "addressing the issue of cattle rustling": "address" with a
matter as its object tells what was discussed, as "discussed" does. With an audience or a
gathering as its object it tells a speech ("addressed reporters", "addressed the Business
Forum", "addressed a joint press conference"), and "a letter addressed to X" tells no matter:
those give no topic, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday

_MET = "Zambian President Mwila Banda met Malawian President Chikondi Phiri on Tuesday"


def _topics(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.engagement_type, e.topics) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{_MET}. They addressed water security.", [("meeting", ("water security",))]),
        (f"{_MET}. The two leaders addressed the issue of cattle rustling.",
         [("meeting", ("cattle rustling",))]),
        (f"{_MET}, addressing fuel shortages, power imports and rail freight.",
         [("meeting", ("fuel shortages", "power imports", "rail freight"))]),
        # near misses: an audience, a gathering or a letter is no matter
        (f"{_MET}. The two leaders later addressed reporters.", [("meeting", ())]),
        (f"{_MET}. The two leaders later addressed a joint press conference.", [("meeting", ())]),
        (f"{_MET}. The two leaders addressed the media afterwards.", [("meeting", ())]),
    ],
)  # fmt: skip
def test_addressed_names_the_matter(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _topics(text) == expected
