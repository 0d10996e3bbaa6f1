"""An office not yet taken up, its suffix in title case, written for these tests.

Headlines and official copy capitalize the suffix: "President-Elect", "Ambassador-Designate",
"Prime Minister-Designate". Only the lower-case "-elect" and "-designate" had made the word before
them a title's head, so the capitalized forms were no title at all and the holder met untitled. The
sentence now reads both cases; "President-elect" and a word that only holds "-Elect" inside it
("Re-Elect") read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document
from orchestration.extraction.titles import find_titles

PUB = date(2025, 6, 12)


def _titles(text: str) -> list[tuple[str, str | None]]:
    return [(t.title, t.country_iso3) for t in find_titles(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President-Elect Jane Doe met him.", [("President-Elect", None)]),
        ("Ambassador-Designate Jane Doe met him.", [("Ambassador-Designate", None)]),
        ("Prime Minister-Designate Jane Doe met him.", [("Prime Minister-Designate", None)]),
        (
            "Ambassador-Designate of Japan to Kenya Kenji Sato met him.",
            [("Ambassador-Designate to Kenya", "JPN")],
        ),
        (
            "Kenji Sato, Japan's Ambassador-Designate to Kenya, met him.",
            [("Ambassador-Designate to Kenya", "JPN")],
        ),
    ],
)
def test_title_case_suffix(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _titles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President-elect Jane Doe met him.", [("President-elect", None)]),
        ("The Re-Elect Jane Doe campaign met him.", []),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _titles(text) == expected


def test_president_elect_in_a_meeting() -> None:
    text = "Ghana's President-Elect John Mahama met Nigerian President Bola Tinubu in Abuja on Monday."
    (event,) = extract_document(text, PUB).engagements
    people = {(p.name, p.title, p.country_iso3) for p in event.participants if p.participant_type == "person"}
    assert people == {("John Mahama", "President-Elect", "GHA"), ("Bola Tinubu", "President", "NGA")}
