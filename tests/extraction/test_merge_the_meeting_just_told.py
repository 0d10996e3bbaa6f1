"""What "The meeting" names as the subject of the sentence after a meeting is told, written for
these tests.

A story of several sections tells the lead's meeting first and others after it: "X met Y
on Tuesday. ... Z met W on Monday. The meeting covered copper exports." The meeting whose
matter follows is the one the sentence before told, not the lead's (on the story's main
date), which had taken the matter. A meeting told sentences before is still found when none
was just told, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 5)  # a Wednesday

_LEAD = (
    "Zambian President Mwila Banda met Malawian President Chikondi Phiri in Lusaka on Tuesday. "
    "The two leaders discussed maize prices. Prices have doubled since January. "
)


def _topics(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(e.countries, e.topics) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "Zambian Trade Minister Chanda Mulenga met Kenyan Trade Minister Achieng Otieno "
         "in Lusaka on Monday. The meeting covered copper exports.",
         [(("MWI", "ZMB"), ("maize prices",)), (("KEN", "ZMB"), ("copper exports",))]),
        # near miss: told sentences after the only meeting, the meeting is still that one
        (_LEAD + "The meeting covered copper exports.",
         [(("MWI", "ZMB"), ("maize prices", "copper exports"))]),
    ],
)  # fmt: skip
def test_the_meeting_is_the_one_just_told(
    text: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _topics(text) == expected
