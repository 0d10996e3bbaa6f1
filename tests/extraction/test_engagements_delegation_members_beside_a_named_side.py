"""Members of a visiting delegation of no stated country, in a sentence that also names a side,
written for these tests.

"X met a business delegation from Malaysia in Astana. The delegation included Z, founder of a
university" gave Z Malaysia, the side that came; when the same sentence also named a member by
his country ("... and W, Malaysia's former economy minister"), Z had been given the host's
country instead, the sentence's country mention having turned the delegation's rule off. A
sentence that names only countries the event already has as sides tells more of those sides,
so the delegation is still the visiting side's; one that names a new country reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday

LEAD = (
    "ASTANA, March 3 - Kazakh Trade Minister Aibek Dosanov met a business delegation from Malaysia "
    "in Astana on Monday. "
)


def _countries_of_people(text: str) -> dict[str, str | None]:
    (event,) = extract_document(LEAD + text, PUB).engagements
    return {p.name: p.country_iso3 for p in event.participants if p.participant_type == "person"}


@pytest.mark.parametrize(
    "text",
    [
        "The delegation included Tan Boon Heng, founder of Kinabalu Polytechnic, and Farid Osman, "
        "Malaysia's former trade minister.",
        "The delegation included Tan Boon Heng, founder of Kinabalu Polytechnic; and Farid Osman, "
        "Malaysia's former trade minister.",
        "The delegation included Farid Osman, Malaysia's former trade minister, and Tan Boon Heng, "
        "founder of Kinabalu Polytechnic.",
    ],
)
def test_member_of_no_stated_country_is_of_the_visiting_side(text: str) -> None:
    expected = {"Aibek Dosanov": "KAZ", "Tan Boon Heng": "MYS", "Farid Osman": "MYS"}
    assert _countries_of_people(text) == expected


def test_member_alone_in_the_sentence_reads_as_before() -> None:
    found = _countries_of_people("The delegation included Tan Boon Heng, founder of Kinabalu Polytechnic.")
    assert found == {"Aibek Dosanov": "KAZ", "Tan Boon Heng": "MYS"}
