"""A visit of a stated kind that frames the day's news, written for these tests.

"During his working visit to Uzbekistan, the Tajik president met X in Samarkand": the visit,
named by its kind and its host, is told along with the meeting, as gold stories label such a
visit (it had been taken for a pointer at a visit told before, though none was, and lost).
An event told in the past perfect ("had last met X during his state visit to Finland") is
background, which the visit only sets in time, and a visit with no kind stays as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 7, 17)  # a Thursday


Kinds = list[tuple[str, tuple[str, ...]]]


def _kinds(text: str) -> Kinds:
    return sorted((e.engagement_type, e.countries) for e in extract_document(text, PUB).engagements)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During his working visit to Kyrgyzstan, Tajik President Emomali Rahmon met the Kyrgyz "
         "president in Osh on Wednesday.", [("meeting", ("KGZ", "TJK")), ("visit", ("KGZ", "TJK"))]),
        ("As part of her official visit to Chile, Bolivian Foreign Minister Celinda Sosa met her "
         "Chilean counterpart in Santiago.", [("meeting", ("BOL", "CHL")), ("visit", ("BOL", "CHL"))]),
        ("During his state visit to Samoa, Fijian Prime Minister Sitiveni Rabuka signed a fisheries "
         "agreement with the Samoan prime minister.",
         [("agreement", ("FJI", "WSM")), ("visit", ("FJI", "WSM"))]),
        # near misses: background in the past perfect, and a visit of no stated kind
        ("Tajik President Emomali Rahmon had last met the Kyrgyz president in Osh during his working "
         "visit to Kyrgyzstan.", [("meeting", ("KGZ", "TJK"))]),
        ("During his visit to Kyrgyzstan, Tajik President Emomali Rahmon met the Kyrgyz president in "
         "Osh.",
         [("meeting", ("KGZ", "TJK"))]),
    ],
)  # fmt: skip
def test_a_kind_of_visit_framing_the_news_is_told(text: str, expected: Kinds) -> None:
    assert _kinds(text) == expected
