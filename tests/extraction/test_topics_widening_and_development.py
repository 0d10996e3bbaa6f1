"""A bond widened and a field of development, written for these tests.

"to discuss widening cooperation in energy and infrastructure" frames its fields as "expanding
cooperation in" does: "energy", "infrastructure" (the topic had been the whole phrase, "widening
cooperation in energy and infrastructure"); so does "agreed to widen cooperation in ...". And
"development" alone names a field, as "construction" does: "the economic, investment and
development fields" gives "development" (it had been dropped as a framing word). "the
development of the Duqm port" still frames its port.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday
LEAD = (
    "Omani Foreign Minister Badr Albusaidi met Egyptian Foreign Minister Badr Abdelatty in Muscat on Monday. "
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday "
         "to discuss widening cooperation in energy and infrastructure.", [("energy", "infrastructure")]),
        (LEAD + "They agreed to widen cooperation in energy, mining and tourism.",
         [("energy", "mining", "tourism")]),
        (LEAD + "They discussed ways to boost cooperation in the economic, investment and "
         "development fields.", [("economic", "investment", "development")]),
        (LEAD + "They discussed trade, investment and development.",
         [("trade", "investment", "development")]),
        # near misses, as before
        (LEAD + "They discussed the development of the Duqm port.", [("Duqm port",)]),
        (LEAD + "They discussed expanding cooperation in energy.", [("energy",)]),
    ],
)  # fmt: skip
def test_widening_and_development(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
