"""One sitting of a joint body named by its round, edition or sitting, written for these tests.

"Kazakhstan and Uzbekistan held the third round of their joint commission" tells the
commission's session as "held their joint commission" does: a forum, on its day and at its
place (it had given nothing, as "round" is no event word). So do "the fifth edition" and "the
latest sitting" of a body held or hosted. A round of talks or consultations is still their
meeting, a future round is no event, and an edition of a fair is no body's session.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday
WED = date(2025, 3, 5)


def _events(text: str) -> list[tuple[str, date | None, str | None, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.location, e.countries)
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Uzbekistan held the third round of their joint commission in Astana on Wednesday.",
        "Kazakhstan and Uzbekistan held the second edition of the joint committee in Astana on Wednesday.",
        "Kazakhstan and Uzbekistan held the latest sitting of their Intergovernmental Commission in "
        "Astana on Wednesday.",
        "Kazakhstan hosted the fourth round of the Kazakhstan-Uzbekistan Joint Commission in Astana on "
        "Wednesday.",
    ],
)
def test_a_round_of_a_joint_body_is_its_session(text: str) -> None:
    assert _events(text) == [("forum", WED, "Astana", ("KAZ", "UZB"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a round of talks: their meeting, as before
        ("Kazakhstan and Uzbekistan held the third round of their consultations in Astana on Wednesday.",
         [("meeting", WED, "Astana", ("KAZ", "UZB"))]),
        # a round still ahead: no event
        ("Kazakhstan and Uzbekistan will hold the sixth round of their joint commission in Astana in "
         "May.", []),
        # an edition of a fair: no body sits
        ("Kazakhstan opened the third edition of the Astana Book Fair on Wednesday.", []),
    ],
)  # fmt: skip
def test_other_rounds_stay(
    text: str, expected: list[tuple[str, date | None, str | None, tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
