"""A body's acronym alone, spelled out earlier in the story, as a side: written for these tests.

"The Vietnam Chamber of Commerce and Industry (VCCI) hosted a forum on Monday. The Cambodia
Chamber of Commerce signed an MoU with the VCCI on Tuesday." The acronym alone after "with"
or "with the", or as the subject after the sentence's opening "The", is the body the story
named before, with its country; before, it was read only as a subject without "The" or after
a country's possessive, and the signing was lost for want of a second side. An acronym before
a noun ("with VCCI members", "with the VCCI Chairman X"), and one the story never spelled out,
read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday
TOLD = "The Vietnam Chamber of Commerce and Industry (VCCI) hosted a forum on Monday. "
KEPSA = "The Kenya Private Sector Alliance (KEPSA) hosted a business forum on Monday. "


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.engagement_type, e.countries, tuple(p.name for p in e.participants))
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TOLD + "The Cambodia Chamber of Commerce signed an MoU with the VCCI in Hanoi on Tuesday.",
         [("agreement", ("KHM", "VNM"),
           ("Cambodia Chamber of Commerce", "Vietnam Chamber of Commerce and Industry (VCCI)"))]),
        (TOLD + "The Cambodia Chamber of Commerce signed an MoU with VCCI on Tuesday.",
         [("agreement", ("KHM", "VNM"),
           ("Cambodia Chamber of Commerce", "Vietnam Chamber of Commerce and Industry (VCCI)"))]),
        (TOLD + "The VCCI signed an MoU with the Cambodia Chamber of Commerce on Tuesday.",
         [("agreement", ("KHM", "VNM"),
           ("Cambodia Chamber of Commerce", "Vietnam Chamber of Commerce and Industry (VCCI)"))]),
        (KEPSA + "On Tuesday, the Uganda Manufacturers Association signed an MoU with KEPSA.",
         [("agreement", ("KEN", "UGA"),
           ("Uganda Manufacturers Association", "Kenya Private Sector Alliance (KEPSA)"))]),
        # near misses: the subject without "The", as before; an acronym before a noun, or one
        # the story never spelled out, no side
        (TOLD + "VCCI signed an MoU with the Cambodia Chamber of Commerce on Tuesday.",
         [("agreement", ("KHM", "VNM"),
           ("Cambodia Chamber of Commerce", "Vietnam Chamber of Commerce and Industry (VCCI)"))]),
        (TOLD + "Lao firms signed deals with VCCI members on Tuesday.", []),
        ("The Cambodia Chamber of Commerce signed an MoU with the VCCI in Hanoi on Tuesday.", []),
        ("Uganda's trade minister signed an agreement with KEPSA on Tuesday.", []),
    ],
)  # fmt: skip
def test_told_acronym_as_a_side(
    text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
