"""A list of countries discussed gives each country, written for these tests.

"They discussed Mali, Niger and Chad" lists three countries: three topics. Before, the last
"and" joined two capitalized words and was kept, so "Niger and Chad" was one topic; and a
country whose name holds "and" ("Bosnia and Herzegovina") after another country had kept the
two together. A pair with no list ("Gaza and Libya"), a country's own "and" ("Trinidad and
Tobago") and a list a preposition governs ("the withdrawal of Mali, Burkina Faso and Niger from
ECOWAS", "ties with Mozambique, Tanzania and Angola") read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday
LEAD = (
    "Foreign Minister Ahmed Attaf received his Tunisian counterpart Mohamed Ali Nafti in Algiers on Monday. "
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(LEAD + text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They discussed Mali, Niger and Chad.", [("Mali", "Niger", "Chad")]),
        ("They discussed Libya, Sudan and Bosnia and Herzegovina.",
         [("Libya", "Sudan", "Bosnia and Herzegovina")]),
        ("They discussed trade, Libya and Trinidad and Tobago.", [("trade", "Libya", "Trinidad and Tobago")]),
        # near misses, as before
        ("They discussed Gaza and Libya.", [("Gaza and Libya",)]),
        ("They discussed the withdrawal of Mali, Burkina Faso and Niger from ECOWAS.",
         [("withdrawal of Mali, Burkina Faso and Niger from ECOWAS",)]),
        ("They discussed ties with Mozambique, Tanzania and Angola.",
         [("ties with Mozambique, Tanzania and Angola",)]),
    ],
)  # fmt: skip
def test_list_of_countries(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
