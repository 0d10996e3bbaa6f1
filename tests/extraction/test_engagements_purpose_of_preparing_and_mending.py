"""Infinitives of purpose of preparing, mending and lobbying, written for these tests.

"X met Y in Nairobi on Tuesday to prepare for the Kenya-Ethiopia summit": what the meeting was
for is its topic, and the countries named in it are no sides (Ethiopia had been taken for a
side of the meeting, and "the summit" made no topic). The verbs of purpose after "to" now also
hold prepare, plan, map, lay, pave, iron, improve, mend, revive, bolster, broaden, push, seek,
drum, rally, step, scale and their like; a phrasal verb's particle opens no topic ("to drum up
| support for ..."), the second of two infinitives is an item of its own as after "ways to"
("agreed to revive X | and to expand Y"), and a bare event noun ("to prepare for the meeting")
names no matter. Verbs that were purpose verbs before ("to boost trade with Ethiopia") read as
before, and so does an infinitive of no purpose verb ("to coordinate positions with Ethiopia").
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)
MET = (
    "Kenyan Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Jeje Odongo in Nairobi on Tuesday"
)


def _meeting(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    (e,) = extract_document(text, PUB).engagements
    assert e.engagement_type == "meeting" and e.engagement_date == date(2025, 6, 10)
    return e.countries, e.topics


@pytest.mark.parametrize(
    ("purpose", "topics"),
    [
        ("to prepare for the Kenya-Ethiopia summit", ("Kenya-Ethiopia summit",)),
        ("to plan the Kenya-Ethiopia summit", ("Kenya-Ethiopia summit",)),
        ("to improve rail links with Ethiopia", ("rail links with Ethiopia",)),
        ("to drum up support for the Tanzania-Zambia railway", ("support for the Tanzania-Zambia railway",)),
        ("to map out the Kenya-Ethiopia road", ("Kenya-Ethiopia road",)),
        ("to pave the way for the Ethiopia corridor", ("Ethiopia corridor",)),
        ("to revive the Ethiopia corridor", ("Ethiopia corridor",)),
        ("to step up trade with Ethiopia", ("trade with Ethiopia",)),
        # near misses, read as before: a purpose verb of before
        ("to boost trade with Ethiopia", ("trade with Ethiopia",)),
    ],
)  # fmt: skip
def test_countries_in_the_purpose_are_no_sides(purpose: str, topics: tuple[str, ...]) -> None:
    assert _meeting(f"{MET} {purpose}.") == (("KEN", "UGA"), topics)


def test_an_infinitive_of_no_purpose_verb_reads_as_before() -> None:
    assert _meeting(f"{MET} to coordinate positions with Ethiopia.") == (
        ("ETH", "KEN", "UGA"),
        ("positions",),
    )


def test_a_second_infinitive_keeps_its_own_item() -> None:
    text = (
        "Pakistani Foreign Minister Ishaq Dar held talks with Bangladeshi Foreign Adviser Touhid Hossain in "
        "Dhaka on Sunday, agreeing to revive the dormant Joint Economic Commission and to expand direct "
        "shipping and air links."
    )
    (e,) = extract_document(text, PUB).engagements
    assert e.topics == ("dormant Joint Economic Commission", "expand direct shipping and air links")


def test_a_bare_event_noun_is_no_topic() -> None:
    text = (
        "Kenyan Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Jeje Odongo in Nairobi on "
        "Tuesday. The two ministers will meet again next week to prepare for the meeting."
    )
    (e,) = extract_document(text, PUB).engagements
    assert e.topics == ()
