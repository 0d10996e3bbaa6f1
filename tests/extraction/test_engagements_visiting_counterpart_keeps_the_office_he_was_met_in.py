""" "The visiting president" is the counterpart the story hosted, written for these tests.

"President X hosted his Zimbabwean counterpart Y ... Minister A and Zimbabwe's Minister B signed
... The following day, the visiting president met Z": Y was named as a counterpart, with no
office of his own, so no known person held the visiting president's office but the host, and
the guest told last was taken (B, a minister). A counterpart with no title now holds, for "the
visiting", the office of the one he was introduced against, as a demonym's "the Zimbabwean
leader" already read it. A host's bare "the president" is unchanged.
"""

from __future__ import annotations

from datetime import date

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 8, 7)  # a Thursday
THU = PUB
LEAD = (
    "LUSAKA - President Hakainde Hichilema on Wednesday hosted his Malawian counterpart Lazarus Chakwera at "
    "State House. On the margins of the talks, Trade Minister Chipoka Mulenga and Malawi's Minister of "
    "Industry Vitumbiko Mumba signed a memorandum on economic zones. "
)


def _people(text: str) -> list[tuple[str, date | None, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, tuple(sorted(p.name for p in e.participants)))
        for e in extract_document(text, PUB, "Lusaka").engagements
    ]


def test_visiting_president_is_the_counterpart() -> None:
    events = _people(
        LEAD + "The following day, the visiting president met Vice President Mutale Nalumango in Kitwe."
    )
    assert ("meeting", THU, ("Lazarus Chakwera", "Mutale Nalumango")) in events


def test_visiting_minister_stays_the_minister() -> None:
    events = _people(
        LEAD + "The following day, the visiting minister met Vice President Mutale Nalumango in Kitwe."
    )
    assert ("meeting", THU, ("Mutale Nalumango", "Vitumbiko Mumba")) in events
