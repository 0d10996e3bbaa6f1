"""Talks of two countries named alone, told after what they agreed, written for these tests.

"Chile and Peru on Thursday agreed to simplify customs checks after their talks": "their" names
the countries the sentence opens on, so the talks are a meeting of the two on the day of the
outcome, as they are when the two sides' officials are named (they had been dropped as an
anchor that says nothing of its own). A subject that is more than the list of names ("Chile
and Peru's exporters"), a single country, or no "their" at all stays as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday


def _meetings(text: str) -> list[tuple[date | None, tuple[str, ...]]]:
    return [
        (e.engagement_date, e.countries)
        for e in extract_document(text, PUB).engagements
        if e.engagement_type == "meeting"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru on Thursday agreed to simplify customs checks after their talks.",
         [(date(2025, 3, 6), ("CHL", "PER"))]),
        ("Vietnam and Laos vowed on Tuesday to double rail freight after their talks.",
         [(date(2025, 3, 4), ("LAO", "VNM"))]),
        ("Ghana, Togo and Benin pledged on Wednesday to share power grids following their "
         "bilateral talks in the Togolese capital.", [(date(2025, 3, 5), ("BEN", "GHA", "TGO"))]),
        ("Chile and Peru signed a customs deal on Thursday after their talks.",
         [(date(2025, 3, 6), ("CHL", "PER"))]),
    ],
)  # fmt: skip
def test_talks_of_countries_named_alone_are_a_meeting(
    text: str, expected: list[tuple[date | None, tuple[str, ...]]]
) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the subject is more than the names of the countries
        "Chile and Peru's exporters agreed on Thursday to simplify customs checks after their talks.",
        "Analysts in Chile and Peru said on Thursday that prices rose after their talks.",
        # one country opens the sentence
        "Chile agreed on Thursday to simplify customs checks with Peru after their talks.",
    ],
)
def test_talks_of_no_listed_countries_stay_unread(text: str) -> None:
    assert _meetings(text) == []


def test_talks_of_their_own_month_stay_undated() -> None:
    text = "Chile and Peru agreed on Thursday to simplify customs checks after their talks in May."
    assert _meetings(text) == [(None, ("CHL", "PER"))]
