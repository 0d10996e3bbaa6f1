"""A party named by its standing in lower case after its country, written for these tests.

"the president of Kenya's ruling party, X" had cut the title at the country ("president of
Kenya") and left X untitled. A party written by its standing ("ruling", "governing", "main
opposition") and its noun ("party", "coalition", "alliance") after the country's possessive or
demonym is a body of the country as "central bank" there is: the title names it without the
country, which is the holder's.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday

_OPENING = "Vietnamese Deputy Prime Minister Nguyen Van Thanh met "
_CLOSING = " in Hanoi on Monday."


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    (event,) = extract_document(_OPENING + text + _CLOSING, PUB).engagements
    return [
        (p.name, p.title, p.country_iso3)
        for p in event.participants
        if p.participant_type == "person" and p.name != "Nguyen Van Thanh"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the president of Zambia's ruling party, Mutale Chanda,",
         [("Mutale Chanda", "president of ruling party", "ZMB")]),
        ("the leader of Zambia's main opposition party, Mutale Chanda,",
         [("Mutale Chanda", "leader of main opposition party", "ZMB")]),
        ("the chairman of the Zambian governing coalition, Mutale Chanda,",
         [("Mutale Chanda", "chairman of the governing coalition", "ZMB")]),
        ("the secretary general of Zambia's ruling party Mutale Chanda",
         [("Mutale Chanda", "secretary general of ruling party", "ZMB")]),
        # as before: a state's body in lower case
        ("the governor of Zambia's central bank, Mutale Chanda,",
         [("Mutale Chanda", "governor of central bank", "ZMB")]),
    ],
)  # fmt: skip
def test_officer_of_a_party_by_its_standing(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text) == expected
