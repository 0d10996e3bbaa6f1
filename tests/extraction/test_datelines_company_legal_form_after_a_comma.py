"""A story opening on a company's name with its legal form after a comma: written for these
tests.

"Mitsubishi Heavy Industries, Ltd. signed an agreement with ..." had been read as a dateline
("PLACE, REGION."): the story was cut after "Ltd.", its first sentence lost its subject and
the signing was lost. A legal form alone after the comma ("Ltd.", "Inc.", "Corp.") is no
region of a dateline. A place and its region ("TASHKENT, Uzbekistan.") read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mitsubishi Heavy Industries, Ltd. signed an agreement with Uzbekistan's Navoiyazot JSC in "
         "Tashkent on Monday.",
         [(("JPN", "UZB"), ("Mitsubishi Heavy Industries, Ltd.", "Navoiyazot JSC"))]),
        ("Japan's Toyota Tsusho, Inc. signed an agreement with Uzbekistan's Navoiyazot JSC in "
         "Tashkent on Monday.",
         [(("JPN", "UZB"), ("Toyota Tsusho, Inc.", "Navoiyazot JSC"))]),
    ],
)  # fmt: skip
def test_company_opening_the_story(
    text: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert find_dateline(text) is None
    found = [
        (e.countries, tuple(p.name for p in e.participants)) for e in extract_document(text, PUB).engagements
    ]
    assert found == expected


def test_place_and_region_stay_a_dateline() -> None:
    found = find_dateline("TASHKENT, Uzbekistan. Japan's Toyota Tsusho signed an agreement on Monday.")
    assert found is not None and found.city == "Tashkent"
