"""A relation with a country that a sentence on the two sides discusses, written for these
tests.

"X received Y in Algiers. They discussed ties with Mozambique, Tanzania and Angola": the sides
are those told before, so the countries after "ties with" are what the ties are with, the topic,
as they were already when the sentence named the counterpart itself. Before, they were taken
for the party talked with and the topic was lost. A sentence that "explored", "covered" or
"tackled" a matter adds it to the event told before, as "discussed" does (it had not been read).
"held talks on trade with Kenya", with no sides before, talks with Kenya as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday
LEAD = (
    "Foreign Minister Ahmed Attaf received his Tunisian counterpart Mohamed Ali Nafti in Algiers on Monday. "
)


def _events(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(e.countries, e.topics) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "They discussed ties with Mozambique, Tanzania and Angola.",
         [(("DZA", "TUN"), ("ties with Mozambique, Tanzania and Angola",))]),
        (LEAD + "The two ministers reviewed trade with Chad.", [(("DZA", "TUN"), ("trade with Chad",))]),
        (LEAD + "They explored ways to boost cooperation in energy and tourism.",
         [(("DZA", "TUN"), ("energy", "tourism"))]),
        (LEAD + "The two ministers tackled regional security.", [(("DZA", "TUN"), ("regional security",))]),
        # near misses: no sides before, the country is the one talked with
        ("Foreign Minister Ahmed Attaf held talks on trade with Kenya on Monday.",
         [(("DZA", "KEN"), ("trade",))]),
    ],
)  # fmt: skip
def test_relation_with_a_country_after_both_sides(
    text: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
