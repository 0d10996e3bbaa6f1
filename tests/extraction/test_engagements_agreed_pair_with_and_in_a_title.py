"""Two titled officials who agreed on a stated day met, when the first one's title holds an
"and" of its own, written for these tests.

"Peruvian Foreign Trade and Tourism Minister A and Ecuadorian Production Minister B agreed on
Monday to ..." had given nothing: the rule that reads two officials agreeing together looked
for the second side only after the sentence's first "and", which sits inside the first title
("Trade and Tourism"). Any "and" before the verb may now part the two, so the second official,
titled with a country or named as a counterpart, is found. A title with "and" and no second
official titled with a country, and an agreement with no day, give nothing, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _events(text: str) -> list[tuple[str, str | None, tuple[str, ...], tuple[str, ...]]]:
    return [
        (
            e.engagement_type,
            e.engagement_date.isoformat() if e.engagement_date else None,
            e.countries,
            tuple(p.name for p in e.participants),
        )
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peruvian Foreign Trade and Tourism Minister Desilu Leon and Ecuadorian Production "
            "Minister Luis Jaramillo agreed on Monday to simplify customs procedures at the border.",
            [("meeting", "2025-06-09", ("ECU", "PER"), ("Desilu Leon", "Luis Jaramillo"))],
        ),
        (
            "Malawian Minister of Trade and Industry Vitumbiko Mumba and his Zambian counterpart "
            "Chipoka Mulenga on Friday agreed to scrap duties on maize.",
            [("meeting", "2025-06-06", ("MWI", "ZMB"), ("Vitumbiko Mumba", "Chipoka Mulenga"))],
        ),
        (
            "Jordanian Minister of Industry, Trade and Supply Yarub Qudah and Iraqi Trade Minister "
            "Athir al-Ghurairi agreed on Tuesday to open a joint logistics zone.",
            [("meeting", "2025-06-10", ("IRQ", "JOR"), ("Yarub Qudah", "Athir al-Ghurairi"))],
        ),
        # near misses: no second titled official of another country, no day
        (
            "Malawian Minister of Trade and Industry Vitumbiko Mumba and exporters on Friday agreed "
            "to scrap duties on maize.",
            [],
        ),
        (
            "Peruvian Foreign Trade and Tourism Minister Desilu Leon and Ecuadorian Production "
            "Minister Luis Jaramillo have agreed to simplify customs procedures.",
            [],
        ),
    ],
)
def test_two_officials_agreeing_on_a_day_met(
    text: str, expected: list[tuple[str, str | None, tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
