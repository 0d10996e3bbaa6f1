"""An event someone "was to have" held did not come about, written for these tests.

"Kenyan President William Ruto was to have met Tanzanian President Samia Suluhu Hassan in Arusha
on Monday": the past of a plan, told of what did not happen (as "would have met"); it had been
read as a meeting held. _modal_before (engagement_clauses.py) reads "was/were to have" before a
verb as "could have" was read. "is said to have met", "was reported to have met" (a report of
what did happen) and "was happy to have met" read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday
RUTO = "Kenyan President William Ruto "
SAMIA = " Tanzanian President Samia Suluhu Hassan in Arusha on Monday."


def _read(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(e.engagement_type, e.countries) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RUTO + "was to have met" + SAMIA, []),
        (RUTO + "was to have held talks with" + SAMIA, []),
        ("The Kenyan and Tanzanian presidents were to have signed a border agreement in Arusha on "
         "Monday.", []),
        # near misses: a report of what happened, and a feeling about it
        (RUTO + "is said to have met" + SAMIA, [("meeting", ("KEN", "TZA"))]),
        (RUTO + "was reported to have met" + SAMIA, [("meeting", ("KEN", "TZA"))]),
        (RUTO + "was happy to have met" + SAMIA, [("meeting", ("KEN", "TZA"))]),
    ],
)  # fmt: skip
def test_was_to_have_met(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _read(text) == expected
