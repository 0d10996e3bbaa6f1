"""Seats of government named instead of their city, and hills named after "on", written for
these tests.

English puts a hill or a street after "on" ("hosted the king on Parliament Hill", "met the
senators on Capitol Hill") where it puts a palace after "at": the event was there, and "on"
opens no topic. Seats the landmarks lexicon lacked (Parliament Hill, Capitol Hill, Seif Palace,
South Block, the Palace of Independence) name their city as the others do.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _place_and_topics(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(e.location, e.topics) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Canadian prime minister hosted the Emir of Qatar on Parliament Hill on Tuesday.",
         [("Ottawa", ())]),
        ("The Ghanaian president met US senators on Capitol Hill on Monday.", [("Washington", ())]),
        ("The Kuwaiti crown prince received the Nigerian president at Seif Palace on Monday.",
         [("Kuwait City", ())]),
        ("The Indian foreign secretary received the Bhutanese ambassador at South Block on Monday.",
         [("New Delhi", ())]),
        ("The Belarusian president met the Laotian prime minister at the Palace of Independence on "
         "Monday.", [("Minsk", ())]),
        # near misses: a street as before, and "on" before a matter, which stays the topic
        ("The British prime minister met the Danish premier on Downing Street on Tuesday.",
         [("London", ())]),
        ("The Ghanaian president met US senators on cocoa tariffs on Monday.",
         [(None, ("cocoa tariffs",))]),
    ],
)  # fmt: skip
def test_landmark_names_the_city(text: str, expected: list[tuple[str | None, tuple[str, ...]]]) -> None:
    assert _place_and_topics(text) == expected
