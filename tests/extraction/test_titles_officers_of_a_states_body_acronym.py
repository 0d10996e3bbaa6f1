"""Officers of a body of many states named by its acronym, before their names, written for
these tests.

"Secretary-General of ASEAN X Y Z" had given the body "ASEAN X" and the person "Y Z": before
the officer's name, a run of capitals was cut two words before its end, as a company's name
("ACWA Power") is. A body of many states that the lexicons know by its acronym ("ASEAN",
"SADC", "GCC", "ECOWAS") is named by the acronym alone, or with the capitalized words of one
of its organs up to a body word ("the ECOWAS Commission", "the WTO General Council"), and the
words after it are the officer's name, three of them or more as well as two.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _officer(text: str) -> tuple[str, str | None, str | None]:
    (event,) = extract_document(text, PUB).engagements
    (person,) = [p for p in event.participants if p.participant_type == "person" and p.organization]
    return person.name, person.title, person.organization


@pytest.mark.parametrize(
    ("text", "officer"),
    [
        ("Lao Foreign Minister Thongsavanh Keola and Thai Foreign Minister Niran Phasuk met "
         "Secretary-General of ASEAN Chea Vannak Sothy in Vientiane on Monday.",
         ("Chea Vannak Sothy", "Secretary-General", "ASEAN")),
        ("Lao Foreign Minister Thongsavanh Keola and Thai Foreign Minister Niran Phasuk met the "
         "Executive Secretary of SADC Tumelo Kagiso Molefe in Vientiane on Monday.",
         ("Tumelo Kagiso Molefe", "Executive Secretary", "SADC")),
        ("Lao Foreign Minister Thongsavanh Keola and Thai Foreign Minister Niran Phasuk met the "
         "President of the ECOWAS Commission Lamin Ousman Jallow in Vientiane on Monday.",
         ("Lamin Ousman Jallow", "President", "ECOWAS Commission")),
        ("Lao Foreign Minister Thongsavanh Keola and Thai Foreign Minister Niran Phasuk met the "
         "chair of the WTO General Council Ingrid Solheim in Vientiane on Monday.",
         ("Ingrid Solheim", "chair", "WTO General Council")),
        ("Lao Foreign Minister Thongsavanh Keola and Thai Foreign Minister Niran Phasuk met the "
         "chair of the ASEAN Business Advisory Council Budi Santosa in Vientiane on Monday.",
         ("Budi Santosa", "chair", "ASEAN Business Advisory Council")),
        # as before: a two-word name, a name set off by a comma, and a company's acronym
        ("Lao Foreign Minister Thongsavanh Keola and Thai Foreign Minister Niran Phasuk met the "
         "Director-General of the WTO Amara Okeke in Vientiane on Monday.",
         ("Amara Okeke", "Director-General", "WTO")),
        ("Lao Foreign Minister Thongsavanh Keola and Thai Foreign Minister Niran Phasuk met the "
         "Secretary-General of ASEAN, Chea Vannak Sothy, in Vientiane on Monday.",
         ("Chea Vannak Sothy", "Secretary-General", "ASEAN")),
        ("Lao Foreign Minister Thongsavanh Keola and Thai Foreign Minister Niran Phasuk met the "
         "Chairman of ACWA Power Faisal Nasser in Vientiane on Monday.",
         ("Faisal Nasser", "Chairman", "ACWA Power")),
    ],
)  # fmt: skip
def test_officer_named_after_a_states_body_acronym(text: str, officer: tuple[str, str, str]) -> None:
    assert _officer(text) == officer
