"""A body described in lower case by its place in politics or its owner, after "the", written
for these tests.

"the chairman of the ruling Harmony Party, Tomas Reyes," had cut the title at "chairman" and
lost the person altogether: only a word with an adjective's ending ("the municipal People's
Committee") was passed over between "the" and the body's name. "ruling", "governing",
"opposition", "state-owned", "state-run" describe the body as such an adjective does, so the
body is read after them, and the officer's name after it.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday

_OPENING = "Chilean Foreign Minister Carla Vidal met "
_CLOSING = " in Santiago on Monday."


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    (event,) = extract_document(_OPENING + text + _CLOSING, PUB).engagements
    return [
        (p.name, p.title, p.organization)
        for p in event.participants
        if p.participant_type == "person" and p.name != "Carla Vidal"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the chairman of the ruling Harmony Party of Peru, Tomas Reyes,",
         [("Tomas Reyes", "chairman of the ruling Harmony Party", None)]),
        ("the leader of the opposition Peruvian Renewal Movement, Tomas Reyes,",
         [("Tomas Reyes", "leader of the opposition Peruvian Renewal Movement", None)]),
        ("the chief executive of the state-owned Petroperu Oil Company, Tomas Reyes,",
         [("Tomas Reyes", "chief executive", "Petroperu Oil Company")]),
        # as before: an adjective by its ending, and no description at all
        ("the chairman of the national Harmony Party of Peru, Tomas Reyes,",
         [("Tomas Reyes", "chairman of the national Harmony Party", None)]),
        ("the chairman of the Harmony Party of Peru, Tomas Reyes,",
         [("Tomas Reyes", "chairman of the Harmony Party", None)]),
    ],
)  # fmt: skip
def test_officer_of_a_described_body(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


def test_a_lower_case_word_of_no_description_still_ends_the_title() -> None:
    # "new" describes no body: the title stays the bare head, as before
    text = _OPENING + "the chairman of the new Harmony Party of Peru, Tomas Reyes," + _CLOSING
    (event,) = extract_document(text, PUB).engagements
    titles = [p.title for p in event.participants if p.participant_type == "person"]
    assert "chairman of the new Harmony Party" not in titles
