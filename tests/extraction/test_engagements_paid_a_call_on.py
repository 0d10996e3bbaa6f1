"""A call paid on someone with no adjective, written for these tests.

"X paid a call on President Y in Lima on Tuesday" is a courtesy call, a meeting, as "paid a
courtesy call on" is; the bare "call" had been left as no event (it is no phone call, and not
definite). Only after a form of "pay" and before "on/upon": "made a call on the international
community to help" is an appeal, as before, and "paid a courtesy call on" reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)


def _events(text: str) -> list[tuple[str, date | None, str | None, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.location, e.countries)
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivian Foreign Minister Celinda Sosa paid a call on Peruvian President Dina Boluarte in Lima "
         "on Tuesday.", [("meeting", date(2025, 6, 10), "Lima", ("BOL", "PER"))]),
        ("The new Ghanaian High Commissioner, Kwame Asante, paid a call on Nigerian Vice President Kashim "
         "Shettima in Abuja on Tuesday.", [("meeting", date(2025, 6, 10), "Abuja", ("GHA", "NGA"))]),
        # near misses, as before
        ("Bolivian Foreign Minister Celinda Sosa paid a courtesy call on Peruvian President Dina Boluarte "
         "in Lima on Tuesday.", [("meeting", date(2025, 6, 10), "Lima", ("BOL", "PER"))]),
        ("Bolivian Foreign Minister Celinda Sosa made a call on the international community to help Peru "
         "on Tuesday.", []),
    ],
)  # fmt: skip
def test_a_call_paid_on_someone_is_a_meeting(
    text: str, expected: list[tuple[str, date | None, str | None, tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
