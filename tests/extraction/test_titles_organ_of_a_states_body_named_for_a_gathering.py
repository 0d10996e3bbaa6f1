"""The chair of a gathering of a body of many states, named by its acronym, written for these
tests.

"the head of the WTO Ministerial Conference X" had left X untitled: after the acronym only a
body word ("Council", "Commission") closed an organ, so "Ministerial Conference" was read as
the officer's name and the title cut at "WTO". A conference, a summit or a meeting of such a
body is an organ as a council is, whole before its officer's name, or before a comma and it.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday

_OPENING = "Zambian Trade Minister Mutale Banda and Malawian Trade Minister Grace Phiri met "
_CLOSING = " in Lusaka on Monday."


def _officer(text: str) -> tuple[str, str | None, str | None]:
    (event,) = extract_document(_OPENING + text + _CLOSING, PUB).engagements
    (person,) = [p for p in event.participants if p.participant_type == "person" and p.organization]
    return person.name, person.title, person.organization


@pytest.mark.parametrize(
    ("text", "officer"),
    [
        ("the head of the WTO Ministerial Conference Rashid Al-Mansouri",
         ("Rashid Al-Mansouri", "head", "WTO Ministerial Conference")),
        ("the head of the WTO Ministerial Conference, Rashid Al-Mansouri,",
         ("Rashid Al-Mansouri", "head", "WTO Ministerial Conference")),
        ("the chair of the SADC Summit Tendai Moyo",
         ("Tendai Moyo", "chair", "SADC Summit")),
        ("the chair of the ASEAN Economic Ministers Meeting Budi Santosa",
         ("Budi Santosa", "chair", "ASEAN Economic Ministers Meeting")),
        # as before: a council, and the acronym alone
        ("the chair of the WTO General Council Ingrid Solheim",
         ("Ingrid Solheim", "chair", "WTO General Council")),
        ("the Director-General of the WTO, Amara Okeke,",
         ("Amara Okeke", "Director-General", "WTO")),
    ],
)  # fmt: skip
def test_officer_of_a_gathering(text: str, officer: tuple[str, str | None, str | None]) -> None:
    assert _officer(text) == officer
