"""The topic of talks told as held in the passive, written for these tests.

"Talks were held in Mzuzu on Sunday between A and B on water sharing": "were held" is the
talks' own verb, so their topic opens after the sides as in "A held talks with B on water
sharing" (it had been lost at "were"). "between" sets the sides off as "with" does; a day or a
gathering after "on" opens no topic.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 13)  # a Monday


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(text, PUB, "Lilongwe").engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks were held in Mzuzu on Sunday between Malawian President Peter Mutharika and Zambian "
         "President Hakainde Hichilema on water sharing.", [("water sharing",)]),
        ("A meeting was held on Sunday between Malawian President Peter Mutharika and Zambian "
         "President Hakainde Hichilema on the Nacala rail link.", [("Nacala rail link",)]),
        ("Consultations were conducted on Sunday in Mzuzu between the foreign ministers of Malawi "
         "and Zambia on refugees.", [("refugees",)]),
        # near misses: no matter after the sides, or a gathering after "on"
        ("Talks were held in Mzuzu on Sunday between Malawian President Peter Mutharika and Zambian "
         "President Hakainde Hichilema.", [()]),
        ("Talks were held in Mzuzu on Sunday between Malawian President Peter Mutharika and Zambian "
         "President Hakainde Hichilema on the sidelines of the SADC summit.", [()]),
    ],
)  # fmt: skip
def test_the_topic_of_talks_held_in_the_passive(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
