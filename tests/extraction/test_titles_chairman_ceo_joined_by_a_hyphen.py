"""A company's top office joined by a hyphen to an acronym office, written for these tests.

"Chairman-CEO of MOL Group Zsolt Hernadi" is one token, which no title of the lexicon spelled,
so the officer, his office and his company were read as one organization's name (and lost as a
signer of the deal). "Chairman-", "Chairwoman-", "Chairperson-" and "President-" before a
one-word acronym office of business ("CEO", "COO", "CFO") is now that title, as "Chairman and
CEO" already was. Other hyphenated words stay as they were.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 11, 12)  # a Wednesday
TUE = date(2025, 11, 11)


def _people(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (p.participant_type, p.title, p.name)
        for e in extract_document(text, PUB, "Bratislava").engagements
        for p in e.participants
    ]


@pytest.mark.parametrize(
    ("office", "title"),
    [
        ("Chairman-CEO", "Chairman-CEO"),
        ("President-CEO", "President-CEO"),
        ("Chairwoman-CFO", "Chairwoman-CFO"),
    ],
)
def test_joined_office_is_a_title(office: str, title: str) -> None:
    text = (
        "BRATISLAVA, Nov 12 - Slovak Economy Minister Denisa Sakova met "
        f"{office} of Hellenic Energy Andreas Shiamishis on Tuesday."
    )
    people = _people(text)
    assert ("person", title, "Andreas Shiamishis") in people
    assert not any(kind == "organization" and "Shiamishis" in name for kind, _, name in people)


def test_and_joined_office_as_before() -> None:
    text = (
        "BRATISLAVA, Nov 12 - Slovak Economy Minister Denisa Sakova met Chairman and CEO of Hellenic Energy "
        "Andreas Shiamishis on Tuesday."
    )
    assert ("person", "Chairman and CEO", "Andreas Shiamishis") in _people(text)
