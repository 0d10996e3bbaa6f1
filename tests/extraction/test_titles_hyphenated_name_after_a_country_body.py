"""A hyphenated given name after a body named for its country: written for these tests.

"President of Korea Trade-Investment Promotion Agency Kang Kyung-sung met ..." had lost the
person: the name closing the body's words had to be plain words of letters, and a romanized
Korean given name is joined by a hyphen. Hyphen-joined words count as name words there; a
plain name ("Chairman of Ghana Cocoa Board Joseph Aidoo") reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President of Korea Trade-Investment Promotion Agency Kang Kyung-sung met Vietnamese "
         "Minister Nguyen Hong Dien in Hanoi on Monday.",
         [("Kang Kyung-sung", "President", "KOR", "Korea Trade-Investment Promotion Agency"),
          ("Nguyen Hong Dien", "Minister", "VNM", None)]),
        # near miss: a plain name
        ("Chairman of Ghana Cocoa Board Joseph Aidoo met Ivorian Agriculture Minister Kobenan "
         "Adjoumani in Abidjan on Monday.",
         [("Joseph Aidoo", "Chairman", "GHA", "Ghana Cocoa Board"),
          ("Kobenan Adjoumani", "Agriculture Minister", "CIV", None)]),
    ],
)  # fmt: skip
def test_hyphenated_name_after_a_country_body(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    found = [
        (p.name, p.title, p.country_iso3, p.organization)
        for e in extract_document(text, PUB).engagements
        for p in e.participants
        if p.participant_type == "person"
    ]
    assert found == expected
