"""The places one relation or situation is of, listed after its "with" or "in", written for these
tests.

"discussed ties with Mozambique, Tanzania and Angola" is one matter, the ties with three
countries; the list's commas had cut it into items, and the first, "with Mozambique" once its
framing noun was gone, was dropped ("Tanzania and Angola" was left). A relation's "with" or a
situation's "in" before a list of names to the sentence's end keeps one item, and a bond noun
before "with" stays in the label. A list that "of" governs and a preposition goes on after
stays one item as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday
LEAD = "Zambian President Hakainde Hichilema met Malawian President Lazarus Chakwera in Lusaka on Monday"


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(text, PUB, "Lusaka").engagements]


@pytest.mark.parametrize(
    ("matter", "expected"),
    [
        (" and discussed ties with Mozambique, Tanzania and Angola.",
         [("ties with Mozambique, Tanzania and Angola",)]),
        (" and discussed the situation in Sudan, Somalia and South Sudan.",
         [("situation in Sudan, Somalia and South Sudan",)]),
        (" and reviewed trade with Botswana, Namibia and Zimbabwe.",
         [("trade with Botswana, Namibia and Zimbabwe",)]),
        (" and discussed relations with Kenya.", [("relations with Kenya",)]),
        # as before: a list that "of" governs
        (" and discussed the withdrawal of Mali, Burkina Faso and Niger from ECOWAS.",
         [("withdrawal of Mali, Burkina Faso and Niger from ECOWAS",)]),
    ],
)  # fmt: skip
def test_one_relation_keeps_its_places(matter: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(LEAD + matter) == expected
