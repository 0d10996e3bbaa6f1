"""A summit named with inner small words or an acronym, after "the outcomes of", written for
these tests.

"... to implement the outcomes of the Forum on China-Africa Cooperation (FOCAC) summit" points
at a summit held before, no event of the story's: "the decisions of the Beijing Summit" already
read so, but the walk back over the summit's name stopped at a bracket or at "on", and the
summit became a forum of the speaker's country and the other, on the day of the meeting told
before. The name may now hold "of", "on", "for", "and" and brackets after a capitalised word,
up to ten tokens. A summit attended ("attended the Forum on China-Africa Cooperation (FOCAC)
summit in Beijing") is a forum as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 9, 4)  # a Thursday


def _events(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.engagement_type, e.countries) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese Vice Premier Ding Xuexiang met with Zambian President Hakainde Hichilema in "
         "Beijing on Wednesday. Ding said China is willing to work with Zambia to implement the "
         "outcomes of the Forum on China-Africa Cooperation (FOCAC) summit.",
         [("meeting", ("CHN", "ZMB"))]),
        ("Indian External Affairs Minister S. Jaishankar met Ghanaian Foreign Minister Samuel "
         "Ablakwa in New Delhi on Wednesday. He said India would follow up on the decisions of "
         "the India-Africa Forum Summit (IAFS).",
         [("meeting", ("GHA", "IND"))]),
        # near miss: a summit attended is an event, as before
        ("Zambian President Hakainde Hichilema attended the Forum on China-Africa Cooperation "
         "(FOCAC) summit in Beijing on Wednesday with Chinese President Xi Jinping.",
         [("forum", ("CHN", "ZMB"))]),
    ],
)  # fmt: skip
def test_outcomes_of_a_named_summit_tell_no_event(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
