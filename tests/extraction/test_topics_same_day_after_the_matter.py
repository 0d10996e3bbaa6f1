"""The day of an event told before, written after a topic with no preposition, written for
these tests.

"... signed an agreement on the TAZARA concession the same day." tells when, and "the same
day" is no word of the matter; "on the same day" already ended a topic, the bare form stayed in
it ("TAZARA concession the same day", "visa exemption later that day"). A topic now loses a
closing "(later|earlier) the same|that day (morning, afternoon, evening, night, occasion)".
Reads as before: "on the same day" and "the following day", and a topic with "that" inside it.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 9, 4)  # a Thursday
TALKS = "Chinese President Xi Jinping held talks with Zambian President Hakainde Hichilema "
TALKS += "in Beijing on Tuesday. "


def _topics(text: str) -> list[tuple[str, ...]]:
    return [tuple(e.topics) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TALKS + "China Railway Construction Corporation and Zambia's Industrial Development "
         "Corporation signed an agreement on the TAZARA concession the same day.",
         [(), ("TAZARA concession",)]),
        (TALKS + "The two sides signed an agreement on visa exemption later that day.",
         [(), ("visa exemption",)]),
        (TALKS + "The two sides signed a memorandum on copper processing that evening.",
         [(), ("copper processing",)]),
        # near misses, as before
        (TALKS + "The two sides signed an agreement on visa exemption on the same day.",
         [(), ("visa exemption",)]),
        (TALKS + "The two sides signed an agreement on visa exemption the following day.",
         [(), ("visa exemption",)]),
    ],
)  # fmt: skip
def test_the_day_told_after_a_topic_is_no_word_of_it(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
