"""A roadshow is a forum, written for these tests.

"Rwandan Trade Minister X led an investment roadshow in Dubai on Thursday for Emirati
investors" tells a promotion event a delegation holds for another country's investors or
buyers, a forum of its own as a business forum is. Before, "roadshow" was no event word and the
sentence had no engagement. A roadshow to come, and one of no two countries ("The IPO roadshow
drew strong demand"), give none.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _events(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(e.engagement_type, e.location, e.countries) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rwandan Trade Minister Prudence Sebahizi led an investment roadshow in Dubai on Thursday "
         "for Emirati investors.", [("forum", "Dubai", ("ARE", "RWA"))]),
        ("Rwandan Trade Minister Prudence Sebahizi addressed an investment roadshow in Dubai on "
         "Thursday attended by Emirati investors.", [("forum", "Dubai", ("ARE", "RWA"))]),
        # near misses: a roadshow to come; a roadshow of no two countries
        ("Rwandan Trade Minister Prudence Sebahizi will lead an investment roadshow in Dubai next "
         "month for Emirati investors.", []),
        ("The IPO roadshow drew strong demand from investors.", []),
    ],
)  # fmt: skip
def test_roadshow_is_a_forum(text: str, expected: list[tuple[str, str | None, tuple[str, ...]]]) -> None:
    assert _events(text) == expected
