"""A tour's stops told in a relative clause with an auxiliary or where it began, written for these tests.

"a state visit to Malaysia, the second leg of a tour that has taken him to Vietnam and will take
him to Cambodia" names the tour's other stops: they are no side of the visit told. Before,
only "a tour that (also) took/takes/included him to" was read so, and "has (already) taken",
"had earlier taken", "a tour, which has taken him to" and "a tour that began/started in X"
added the other stops to the visit's countries. A tour that "began with talks with" someone
tells the talks, not a stop, and a visit with no tour clause keeps its sides as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 4, 15)  # a Tuesday


def _visits(text: str, dateline: str | None = None) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.countries)
        for e in extract_document(text, PUB, dateline).engagements
        if e.engagement_type == "visit"
    ]


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        ("Chinese President Wen Baoshan arrived here Tuesday afternoon for a state visit to Malaysia, "
         "the second leg of his three-nation tour that has taken him to Vietnam and will take him to "
         "Cambodia.", "Kuala Lumpur", [("visit", ("CHN", "MYS"))]),
        ("Indian Prime Minister Ravi Menon arrived here on Tuesday for a state visit to Malaysia, "
         "the second leg of a tour that had earlier taken him to Vietnam.", "Kuala Lumpur",
         [("visit", ("IND", "MYS"))]),
        ("Kenyan President Daniel Mbugua arrived in Kampala on Tuesday for a state visit, the second "
         "leg of a regional tour which has already taken him to Tanzania and Rwanda.", None,
         [("visit", ("KEN", "UGA"))]),
        ("Brazilian President Lucas Andrade arrived in Lima on Tuesday for an official visit to Peru, "
         "the third stop of his Andean tour, which has taken him to Ecuador and Colombia.", None,
         [("visit", ("BRA", "PER"))]),
        ("Chinese President Wen Baoshan arrived here Tuesday afternoon for a state visit to Malaysia, "
         "the second stop of a tour that began in Vietnam and ends in Cambodia.", "Kuala Lumpur",
         [("visit", ("CHN", "MYS"))]),
        ("Japanese Prime Minister Kenji Sato arrived in Manila on Tuesday for an official visit to "
         "the Philippines, the second leg of a Southeast Asian trip that started in Indonesia.", None,
         [("visit", ("JPN", "PHL"))]),
        # near miss: the tour clause as read before
        ("Chinese President Wen Baoshan arrived here Tuesday afternoon for a state visit to Malaysia, "
         "the second leg of a tour that also takes in Vietnam and Cambodia.", "Kuala Lumpur",
         [("visit", ("CHN", "MYS"))]),
        # near miss: no tour clause, the visit of two sides as before
        ("Chinese President Wen Baoshan arrived here Tuesday afternoon for a state visit to Malaysia "
         "at the invitation of the Malaysian king.", "Kuala Lumpur", [("visit", ("CHN", "MYS"))]),
    ],
)  # fmt: skip
def test_other_stops_of_a_tour_are_no_sides(
    text: str, dateline: str | None, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _visits(text, dateline) == expected


def test_a_tour_that_began_with_talks_keeps_them() -> None:
    """ "began with talks with X" tells the talks with X, no stop: they stay an event of their own."""
    text = (
        "Chinese President Wen Baoshan arrived in Kuala Lumpur on Tuesday for a state visit, the second "
        "leg of a tour that began with talks with Vietnamese President Tran Van Long in Hanoi."
    )
    events = [(e.engagement_type, e.countries) for e in extract_document(text, PUB).engagements]
    assert ("meeting", ("CHN", "VNM")) in events
