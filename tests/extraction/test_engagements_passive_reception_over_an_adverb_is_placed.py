"""A reception told in the passive over an adverb is placed like its story, written for these tests.

"ABIDJAN - ... received Ghanaian Minister X on Monday. X was also received on Monday by Prime
Minister Y": the reception verb after "was also" had been read as active (the look-behinds of
the pattern see only "was received"), so the guest X was taken for a host of no country of the
dateline, as in "BANGKOK - The Wali of Casablanca received a Thai delegation", and the reception
lost its place. A reception verb after "was/were/is/are/been/being" and one adverb ("also",
"later", "warmly" ...) is now passive and is placed at the dateline as the talks before it are.
An active reception by a foreign host filed from the guests' home still has no place.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 14)  # a Tuesday
MON = date(2025, 10, 13)
LEAD = (
    "LOME, Oct 14 - Togolese Trade Minister Rose Kayi Mivedor received Beninese Industry Minister "
    "Alimatou Shadiya Assouman on Monday. "
)


def _placed(text: str, dateline: str = "Lome") -> list[tuple[str, date | None, str | None, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.location, tuple(sorted(p.name for p in e.participants)))
        for e in extract_document(text, PUB, dateline).engagements
    ]


@pytest.mark.parametrize("adverb", ["also", "later", "warmly", "then"])
def test_passive_reception_over_an_adverb_is_at_the_dateline(adverb: str) -> None:
    text = LEAD + f"Assouman was {adverb} received on Monday by Prime Minister Victoire Tomegah Dogbe."
    assert ("meeting", MON, "Lome", ("Alimatou Shadiya Assouman", "Victoire Tomegah Dogbe")) in _placed(text)


def test_passive_without_an_adverb_as_before() -> None:
    text = LEAD + "Assouman was received on Monday by Prime Minister Victoire Tomegah Dogbe."
    assert ("meeting", MON, "Lome", ("Alimatou Shadiya Assouman", "Victoire Tomegah Dogbe")) in _placed(text)


def test_active_reception_by_a_foreign_host_still_has_no_place() -> None:
    text = (
        "COTONOU, Oct 14 - Togolese Trade Minister Rose Kayi Mivedor also received a Beninese business "
        "delegation on Monday."
    )
    assert [e[2] for e in _placed(text, "Cotonou")] == [None]
