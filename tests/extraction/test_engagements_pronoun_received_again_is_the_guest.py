"""A "he"/"she" who is received in the next sentence is the guest of the engagement told last,
invented for these tests.

"Ivorian Foreign Minister X received Ghanaian Trade Minister Y in Abidjan. She was also received
on Monday by Prime Minister Z": hosts receive the guest one after another, so "she" is Y. She had
been read as the sentence's subject, X, and the meeting with Z, then of one side only, was lost.
The guest is the one person of the last engagement of another country than its place's, when the
subject "she" would otherwise be is of the place's country. A guest who was the subject ("Y met X
in Abidjan. She was also received by Z") stays the subject, a pronoun that receives ("He also
received Z") is the host as before, and an engagement with no place gives no guest.
"""

from __future__ import annotations

from datetime import date

from test_engagements import extract, people, story

PUB = date(2025, 6, 17)  # a Tuesday


def _meetings(text: str) -> list[list[str]]:
    return [sorted(people(e)) for e in extract(text, PUB)]


def test_she_was_also_received_is_the_guest() -> None:
    text = story(
        "ABIDJAN, June 17 - Ivorian Foreign Minister Kacou Diomandé received Ghanaian Trade Minister "
        "Abena Owusu on Monday in Abidjan.",
        "She was also received on Monday by Prime Minister Robert Beugré Mambé.",
    )
    assert _meetings(text) == [
        ["Abena Owusu", "Kacou Diomandé"],
        ["Abena Owusu", "Robert Beugré Mambé"],
    ]


def test_he_was_later_welcomed_is_the_guest() -> None:
    text = story(
        "HANOI, June 17 - Vietnamese Deputy Prime Minister Tran Van Luc hosted Lao Finance Minister "
        "Somphone Keovilay in Hanoi on Monday.",
        "He was later welcomed by National Assembly Chairman Nguyen Duc Hai.",
    )
    assert _meetings(text) == [
        ["Somphone Keovilay", "Tran Van Luc"],
        ["Nguyen Duc Hai", "Somphone Keovilay"],
    ]


def test_a_guest_who_was_the_subject_stays_the_subject() -> None:
    text = story(
        "ABIDJAN, June 17 - Ghanaian Trade Minister Abena Owusu met Ivorian Foreign Minister Kacou "
        "Diomandé on Monday in Abidjan.",
        "She was also received on Monday by Prime Minister Robert Beugré Mambé.",
    )
    assert _meetings(text) == [
        ["Abena Owusu", "Kacou Diomandé"],
        ["Abena Owusu", "Robert Beugré Mambé"],
    ]


def test_a_pronoun_who_receives_is_the_host() -> None:
    text = story(
        "ABIDJAN, June 17 - Ivorian Foreign Minister Kacou Diomandé received Ghanaian Trade Minister "
        "Abena Owusu on Monday in Abidjan.",
        "He also received Liberian Commerce Minister Amin Modad.",
    )
    assert _meetings(text) == [
        ["Abena Owusu", "Kacou Diomandé"],
        ["Amin Modad", "Kacou Diomandé"],
    ]
