"""The words said "while meeting" or "while talking to" someone tell that meeting, written for
these tests.

South Asian and Gulf copy reports a meeting in the aside of a speech: "The minister said this
while meeting Japanese Ambassador X", "expressed these views while talking to a Chinese
business delegation", "... when interacting with Y". "while receiving" was read so already
(engagement_types.RECEPTION_GERUNDS); these encounter gerunds had given nothing
(engagement_types.ENCOUNTER_GERUNDS). They count only after "while", "whilst" or "when", with
someone after them (after "to"/"with" for "talking" and "interacting"); "after meeting his
counterpart" was read before, as the noun's meeting. Talking to reporters or about a subject,
and a need met ("are meeting Chinese demand"), give nothing, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 11, 4)  # a Tuesday

Event = tuple[str, str | None, str | None, tuple[str, ...], tuple[str, ...]]


def _events(text: str) -> list[Event]:
    return [
        (
            e.engagement_type,
            e.engagement_date.isoformat() if e.engagement_date else None,
            e.location,
            e.countries,
            tuple(p.name for p in e.participants if p.participant_type == "person"),
        )
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bangladesh Commerce Minister Rafiqul Alam said this while meeting Japanese Ambassador "
            "Kenji Morita at his office in Dhaka on Tuesday.",
            [("meeting", "2025-11-04", "Dhaka", ("BGD", "JPN"), ("Rafiqul Alam", "Kenji Morita"))],
        ),
        (
            "Pakistan's Commerce Minister Tariq Mehmood expressed these views while talking to a "
            "Chinese business delegation in Islamabad on Tuesday.",
            [("meeting", "2025-11-04", "Islamabad", ("CHN", "PAK"), ("Tariq Mehmood",))],
        ),
        (
            "Sri Lankan Foreign Minister Nalin Perera made the remarks on Monday when talking with "
            "Maldivian Foreign Minister Ahmed Shareef in Colombo.",
            [("meeting", "2025-11-03", "Colombo", ("LKA", "MDV"), ("Nalin Perera", "Ahmed Shareef"))],
        ),
        (
            "Omani Commerce Minister Salim al-Harthy stressed the point whilst interacting with an "
            "Indian trade delegation in Muscat on Tuesday.",
            [("meeting", "2025-11-04", "Muscat", ("IND", "OMN"), ("Salim al-Harthy",))],
        ),
        # near misses: talking to reporters or about a subject; a need met; no clause of time
        (
            "Pakistan's Commerce Minister Tariq Mehmood said this while talking to reporters in "
            "Islamabad on Tuesday.",
            [],
        ),
        (
            "Pakistan's Commerce Minister Tariq Mehmood said this while talking about Chinese "
            "investment in Islamabad on Tuesday.",
            [],
        ),
        ("Pakistani exporters are meeting Chinese demand for sesame.", []),
        ("Talking to a Chinese delegation is a pastime, officials in Islamabad joked.", []),
    ],
)
def test_an_encounter_in_the_aside_of_a_speech(text: str, expected: list[Event]) -> None:
    assert _events(text) == expected
