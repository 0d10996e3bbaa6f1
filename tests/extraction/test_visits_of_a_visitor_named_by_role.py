"""A visit framing the talks of a visitor named by role only, written for these tests.

"During his working visit to Kyrgyzstan, the Tajik president met X" tells the visit of the
Tajik president, whose name the sentence does not give: the visit is Tajikistan's in
Kyrgyzstan. Before, X, whom he met, was taken for the visitor, the visit had one country and
was lost (the meeting was labelled). A named visitor is the visitor as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.engagement_type, e.countries, tuple(p.name for p in e.participants))
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During his working visit to Kyrgyzstan, the Tajik president met Kyrgyz President Adilet "
         "Osmonov on Tuesday.",
         [("visit", ("KGZ", "TJK"), ()), ("meeting", ("KGZ", "TJK"), ("Adilet Osmonov",))]),
        ("During her official visit to Zambia, Malawi's foreign minister held talks with Zambian "
         "Foreign Minister Mwila Banda on Tuesday.",
         [("visit", ("MWI", "ZMB"), ()), ("meeting", ("MWI", "ZMB"), ("Mwila Banda",))]),
        # near miss: a named visitor, as before
        ("During his working visit to Kyrgyzstan, Tajik President Farhod Nazarov met Kyrgyz "
         "President Adilet Osmonov on Tuesday.",
         [("visit", ("KGZ", "TJK"), ("Farhod Nazarov",)),
          ("meeting", ("KGZ", "TJK"), ("Farhod Nazarov", "Adilet Osmonov"))]),
    ],
)  # fmt: skip
def test_visit_of_a_visitor_named_by_role(
    text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
