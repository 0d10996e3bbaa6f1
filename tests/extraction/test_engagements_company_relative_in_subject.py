"""A relative clause on a company inside a coordinated subject, written for these tests.

"Turkish Airlines, which flies daily to Nairobi, and Kenya Airways signed a codeshare
agreement on Wednesday." in an Istanbul story: the relative clause is an aside on the first
company, closed at ", and"; the subject goes on with the second. It had run on to the end of
the sentence, so its city (Nairobi) became the signing's place (or, with "is based in", the
signing was lost). "who" and "whose" clauses
already closed so (`_subject_relative_closes`); "which" now does too. Reads as before: a place
the main clause names, and ", and" followed by a verb ("discussed trade, which doubled in
2023, and signed ...").
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 11, 13)  # a Thursday


def _events(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.location, tuple(p.name for p in e.participants))
        for e in extract_document(text, PUB, "Istanbul").engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish Airlines, which flies daily to Nairobi, and Kenya Airways signed a codeshare "
         "agreement on Wednesday.",
         [("agreement", "Istanbul", ("Turkish Airlines", "Kenya Airways"))]),
        ("Pegasus Airlines, which opened a route to Mombasa last year, and Kenya Airways signed a "
         "cargo agreement on Wednesday.",
         [("agreement", "Istanbul", ("Pegasus Airlines", "Kenya Airways"))]),
        # (the signing had been lost: the relative clause held its verb)
        ("Safaricom, which is based in Nairobi, and Ethio Telecom signed a roaming agreement in "
         "Addis Ababa on Wednesday.",
         [("agreement", "Addis Ababa", ("Safaricom", "Ethio Telecom"))]),
        # near miss, as before
        ("Turkish Airlines, which flies daily to Nairobi, signed a codeshare agreement with Kenya "
         "Airways on Wednesday.",
         [("agreement", "Istanbul", ("Turkish Airlines", "Kenya Airways"))]),
    ],
)  # fmt: skip
def test_a_companys_relative_clause_closes_before_and(
    text: str, expected: list[tuple[str, str | None, tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
