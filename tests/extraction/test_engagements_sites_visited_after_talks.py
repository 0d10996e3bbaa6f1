"""Firms a visitor was shown round after the talks are no sides of them, written for these tests.

"X held talks with Prime Minister Y on Tuesday and visited the Belarusian Steel Company and
BELAZ" tells the factories the guest saw: they had been made organizations of the meeting, the
second given the guest's country. A body after a "visited" that tells no engagement of its own
is a site, as after "toured" or "inspected", and so is every body listed after such a site
("toured X and Y"). A company that is what was visited ("visited Saudi Aramco in Dhahran") is
the host side as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 6)  # a Thursday


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.engagement_type, e.countries, tuple(p.name for p in e.participants))
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese Vice President Han Zheng held talks with Prime Minister of Belarus Roman Golovchenko "
         "on Tuesday and visited the Belarusian Steel Company and BELAZ.",
         [("meeting", ("BLR", "CHN"), ("Han Zheng", "Roman Golovchenko"))]),
        ("Chinese Vice President Han Zheng held talks with Prime Minister of Belarus Roman Golovchenko "
         "on Tuesday and toured Gomselmash Holding and BELAZ.",
         [("meeting", ("BLR", "CHN"), ("Han Zheng", "Roman Golovchenko"))]),
        # as before: the company visited is the host
        ("Sinopec chairman Ma Yongsheng visited Saudi Aramco in Dhahran on Tuesday.",
         [("visit", ("CHN", "SAU"), ("Ma Yongsheng", "Sinopec", "Saudi Aramco"))]),
    ],
)  # fmt: skip
def test_sites_visited_after_talks(
    text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
