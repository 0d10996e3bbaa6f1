"""Talks told again in the next sentence with the counterpart first left unnamed are one meeting
(written for these tests).

"Kenyan President X on Tuesday held talks with a visiting Ugandan delegation at State House,
Nairobi. X met Ugandan Prime Minister Y, who led the delegation, ..." tells one meeting: the
second sentence names the Ugandan side the first had left unnamed. Before, the new person kept
the second mention from being the first's twin, and the story gave two meetings, one with X
alone. A meeting told with "also", a new person of a side the first had named already, a
sentence further on, or another stated place stays an event of its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 1, 14)  # a Tuesday


def _meetings(text: str) -> list[tuple[str | None, tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.location, e.countries, tuple(sorted(p.name for p in e.participants)))
        for e in extract_document(text, PUB).engagements
        if e.engagement_type == "meeting"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAIROBI - Kenyan President Daniel Mbugua on Tuesday held talks with a visiting Ugandan "
         "delegation at State House, Nairobi. Mbugua met Ugandan Prime Minister Grace Nambi, who led the "
         "delegation, and the two leaders discussed the oil pipeline.",
         [("Nairobi", ("KEN", "UGA"), ("Daniel Mbugua", "Grace Nambi"))]),
        ("ABU DHABI - UAE Minister of State for Foreign Trade Salem Al Mansoori on Tuesday concluded "
         "negotiations with Kenya on a trade agreement. Al Mansoori held talks with Kenya's Trade "
         "Secretary Joseph Mwangi in Abu Dhabi, where the two sides reviewed the final text of the deal.",
         [("Abu Dhabi", ("ARE", "KEN"), ("Joseph Mwangi", "Salem Al Mansoori"))]),
        ("DHAKA - Bangladesh Foreign Minister Hasan Mahmud held talks with a Nepalese delegation in "
         "Dhaka on Tuesday. Mahmud met Nepal's Commerce Minister Ram Thapa, who headed the team.",
         [("Dhaka", ("BGD", "NPL"), ("Hasan Mahmud", "Ram Thapa"))]),
        # near misses: "also" tells another meeting
        ("NAIROBI - Kenyan President Daniel Mbugua on Tuesday received the Ugandan ambassador at State "
         "House. Mbugua also met Ugandan Prime Minister Grace Nambi.",
         [(None, ("KEN", "UGA"), ("Daniel Mbugua",)),
          (None, ("KEN", "UGA"), ("Daniel Mbugua", "Grace Nambi"))]),
        # another person of the side named already: another encounter
        ("NAIROBI - Kenyan President Daniel Mbugua met Ugandan Foreign Minister Sam Okello at State "
         "House on Tuesday. Mbugua met Ugandan Prime Minister Grace Nambi at the Treasury.",
         [(None, ("KEN", "UGA"), ("Daniel Mbugua", "Sam Okello")),
          (None, ("KEN", "UGA"), ("Daniel Mbugua", "Grace Nambi"))]),
    ],
)  # fmt: skip
def test_counterpart_named_in_the_next_sentence(
    text: str, expected: list[tuple[str | None, tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _meetings(text) == expected
