"""A round of a joint body that its sides convened or chaired, written for these tests.

"Kazakhstan and Uzbekistan convened the third round of their joint commission in Astana on
Wednesday" tells the commission's session as "convened the third session of" does: a forum on
its day and at its place (it had given nothing: the chaired name stopped at "round"). So do
"co-chaired the fifth edition of the A-B Joint Commission" and "attended the second round of".
A round of talks convened, a round still ahead and an edition of a fair stay as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday
MON = date(2025, 3, 3)


def _events(text: str) -> list[tuple[str, date | None, str | None, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.location, e.countries)
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan and Uzbekistan convened the third round of their joint commission in Astana on "
         "Wednesday.", [("forum", date(2025, 3, 5), "Astana", ("KAZ", "UZB"))]),
        ("Ghana and Togo co-chaired the fifth edition of the Ghana-Togo Permanent Joint Commission in "
         "Lome on Monday.", [("forum", MON, "Lome", ("GHA", "TGO"))]),
        ("Peru and Chile convened the latest sitting of their joint commission in Lima on Monday.",
         [("forum", MON, "Lima", ("CHL", "PER"))]),
    ],
)  # fmt: skip
def test_a_convened_round_of_a_joint_body_is_its_session(
    text: str, expected: list[tuple[str, date | None, str | None, tuple[str, ...]]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a round of talks with no other country
        "The minister convened the third round of talks with unions on Monday.",
        # a round still ahead
        "Kazakhstan and Uzbekistan will convene the third round of their joint commission in Astana "
        "next week.",
        # an edition of a fair is no body's sitting
        "Ghana and Togo co-chaired the fifth edition of the Accra Book Fair on Monday.",
    ],
)
def test_other_rounds_convened_stay_unread(text: str) -> None:
    assert _events(text) == []
