"""Two named officials who commission or launch something together met, written for these tests.

"President Irfaan Ali and Surinamese President Jennifer Geerlings-Simons on Wednesday commissioned
the Corentyne River bridge project site": a ceremony the two perform together brings them
together, as "opened" and "inaugurated" did (et.CEREMONY_VERBS and engagements._JOINT_CEREMONY
gain "commissioned" and "launched"); it had given no engagement. Countries alone ("Kenya and
Uganda commissioned ..."), a leader with someone of no title ("his wife") and governments with
no one named ("The Kenyan and Ugandan governments launched a joint investigation") read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _read(text: str) -> list[tuple[str | None, object, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.countries) for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Irfaan Ali and Surinamese President Jennifer Geerlings-Simons on Wednesday commissioned "
         "the Corentyne River bridge project site at Moleson Creek.",
         [("meeting", date(2025, 6, 11), ("GUY", "SUR"))]),
        ("Kenyan President William Ruto and Ugandan President Yoweri Museveni launched the construction of "
         "the Kisumu-Port Bell ferry link in Kisumu on Tuesday.",
         [("meeting", date(2025, 6, 10), ("KEN", "UGA"))]),
        ("Kenyan President William Ruto and his Ugandan counterpart Yoweri Museveni jointly commissioned a "
         "one-stop border post at Busia on Tuesday.",
         [("meeting", date(2025, 6, 10), ("KEN", "UGA"))]),
        # near misses: countries alone, someone of no title, governments with no one named
        ("Kenya and Uganda commissioned a one-stop border post at Busia on Tuesday.", []),
        ("Kenyan President William Ruto and his wife Rachel Ruto commissioned a school in Kisumu on "
         "Tuesday.", []),
        ("The Kenyan and Ugandan governments launched a joint investigation into the border incident on "
         "Tuesday.", []),
    ],
)  # fmt: skip
def test_commissioned_or_launched_together(
    text: str, expected: list[tuple[str, date, tuple[str, ...]]]
) -> None:
    assert _read(text) == expected
