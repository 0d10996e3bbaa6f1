"""The day of a statement written between its speaker and "said", written for these tests.

"A statement by the ministry on Thursday said the meeting discussed X and Y." after a meeting
told on Wednesday: Thursday is the day of the statement, as in "the ministry said on Thursday
that ...", which already read so. It had been taken for the day of what the sentence tells, so
the sentence was another event than Wednesday's meeting, and the meeting lost its topics; "the
ministry on Thursday said Minister X had met Y in Abuja on Wednesday" was dated Thursday. A
date right before a speech verb (no comma between) that reports a clause ("that", "the ...",
a capitalised subject) is now the report's day. Reads as before: "met Y in Abuja on Thursday,
said the ministry" (a comma: the date is the meeting's), and a report's day as the only day.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 2, 14)  # a Friday
MET = (
    "Trade Minister Jumoke Oduwole on Wednesday met with the Ghanaian High Commissioner to Nigeria, "
    "Baba Jamal, in Abuja. "
)


def _events(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [
        (str(e.engagement_date) if e.engagement_date else None, tuple(e.topics))
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MET + "A statement by the ministry on Thursday said the meeting discussed the ECOWAS Trade "
         "Liberalisation Scheme and the harmonisation of standards.",
         [("2025-02-12", ("ECOWAS Trade Liberalisation Scheme", "harmonisation of standards"))]),
        (MET + "A statement by the ministry's spokesperson, Ifeanyi Nwoko, on Thursday said the meeting "
         "discussed the ECOWAS Trade Liberalisation Scheme and the harmonisation of standards.",
         [("2025-02-12", ("ECOWAS Trade Liberalisation Scheme", "harmonisation of standards"))]),
        ("Nigeria's trade ministry on Thursday said Minister Jumoke Oduwole had met Ghanaian High "
         "Commissioner Baba Jamal in Abuja on Wednesday.",
         [("2025-02-12", ())]),
        # near misses, as before
        (MET + "The ministry said on Thursday that the meeting discussed the ECOWAS Trade "
         "Liberalisation Scheme.",
         [("2025-02-12", ("ECOWAS Trade Liberalisation Scheme",))]),
        ("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Thursday, "
         "said the State House.",
         [("2025-02-13", ())]),
        ("Nigeria's trade ministry on Thursday said Minister Jumoke Oduwole had met Ghanaian High "
         "Commissioner Baba Jamal in Abuja.",
         [("2025-02-13", ())]),
    ],
)  # fmt: skip
def test_a_statements_day_is_not_the_events(
    text: str, expected: list[tuple[str | None, tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
