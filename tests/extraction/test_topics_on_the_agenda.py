"""Topics put "on the agenda" of talks, written for these tests.

"Water sharing was on the agenda", "High on the agenda were X and Y": the subject before "was
on the agenda", or what follows the fronted phrase, is what the talks were about (the topic had
been lost). A common word capitalised only because it opens the sentence is written in lower
case ("Water sharing" gives "water sharing"); a name or a demonym keeps its capital. A plan
("will be on the agenda"), another body's agenda ("on the agenda of parliament") and a pronoun
("It was on the agenda") give none.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 13)  # a Monday
LEAD = (
    "LILONGWE, Oct 13 - Malawian President Peter Mutharika held talks with Zambian President "
    "Hakainde Hichilema in Lilongwe on Sunday. "
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(text, PUB, "Lilongwe").engagements]


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ("Water sharing was on the agenda.", [("water sharing",)]),
        ("Fertiliser subsidies were also high on the agenda of the talks, the presidency said.",
         [("fertiliser subsidies",)]),
        ("High on the agenda were the Nacala rail link, fisheries and tourism.",
         [("Nacala rail link", "fisheries", "tourism")]),
        ("Also on the agenda was the Mchinji border post.", [("Mchinji border post",)]),
        ("Chinese investment was on the agenda.", [("Chinese investment",)]),
        # near misses: a plan, another body's agenda, a pronoun
        ("Water sharing will be on the agenda.", [()]),
        ("A new seed bill was on the agenda of parliament.", [()]),
        ("It was on the agenda.", [()]),
    ],
)  # fmt: skip
def test_what_was_on_the_agenda_is_a_topic(follow_up: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(LEAD + follow_up) == expected
