"""A topic ends before "to be" and "scheduled to" that tell what is to come of its thing,
invented for these tests.

"spoke by phone ... on the IGAD summit to be held in Nairobi next month" is about the IGAD summit:
the topic had been "IGAD summit to be", cut at the participle after "be" and left with the
clause's opening. "to be" now opens a clause of the thing, as "meant to" and "slated to" did
(topics._opens_reduced_relative), and "scheduled to" joins them. A topic with no such clause reads
as before, and so does "to" before anything but "be".
"""

from __future__ import annotations

from datetime import date

import pytest
from test_engagements import extract

PUB = date(2025, 6, 17)  # a Tuesday
LEAD = (
    "NAIROBI, June 17 - Kenyan President Samuel Kiprono on Monday spoke by phone with Ugandan "
    "President Joseph Okello"
)


def _topics(tail: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract(f"{LEAD} {tail}", PUB)]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("on the IGAD summit to be held in Nairobi next month.", ("IGAD summit",)),
        ("about the trade fair to be hosted by Kampala in July.", ("trade fair",)),
        ("on the oil pipeline to be built from Hoima to Lamu.", ("oil pipeline",)),
    ],
)
def test_the_topic_ends_before_to_be(tail: str, expected: tuple[str, ...]) -> None:
    assert _topics(tail) == [expected]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (
            "on the standard gauge railway and cross-border trade.",
            ("standard gauge railway", "cross-border trade"),
        ),
        ("on the railway meant to link Kampala and Nairobi.", ("railway",)),
        ("on the plan to boost cross-border trade.", ("boost cross-border trade",)),
    ],
)
def test_other_topics_read_as_before(tail: str, expected: tuple[str, ...]) -> None:
    assert _topics(tail) == [expected]
