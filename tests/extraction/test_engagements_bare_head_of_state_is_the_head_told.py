""" "The head of state", told without a country, is the head the story named, written for these tests.

"President X received Foreign Minister Y of Z on Tuesday. The head of state recalled his phone
conversation with Prime Minister W on April 9": the bare role names the one President, King or
Emir told before, as "the president" would (only "the Kenyan head of state", with a country, had
been resolved, so the call was lost: W alone, one side). With two heads of state told, the one
the story goes on with is meant; with none, nobody. "The head of government" is the prime
minister told in the same way.
"""

from __future__ import annotations

from datetime import date

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 5, 21)  # a Wednesday
TUE = date(2025, 5, 20)
APR9 = date(2025, 4, 9)
LEAD = (
    "TIRANA, May 21 - President Bajram Begaj received Montenegrin Foreign Minister Ervin Ibrahimovic "
    "on Tuesday. "
)


def _events(text: str) -> list[tuple[str, date | None, tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.countries, tuple(sorted(p.name for p in e.participants)))
        for e in extract_document(text, PUB, "Tirana").engagements
    ]


def test_head_of_state_recalling_a_call() -> None:
    events = _events(
        LEAD
        + "The head of state recalled his phone conversation with Croatian Prime Minister Andrej Plenkovic "
        "on April 9."
    )
    assert ("phone_call", APR9, ("ALB", "HRV"), ("Andrej Plenkovic", "Bajram Begaj")) in events


def test_head_of_state_meeting() -> None:
    events = _events(LEAD + "The head of state also met Croatian Prime Minister Andrej Plenkovic on April 9.")
    assert ("meeting", APR9, ("ALB", "HRV"), ("Andrej Plenkovic", "Bajram Begaj")) in events


def test_head_of_government() -> None:
    events = _events(
        "TIRANA, May 21 - Prime Minister Edi Rama received Montenegrin Foreign Minister Ervin Ibrahimovic "
        "on Tuesday. The head of government also met Croatian Prime Minister Andrej Plenkovic on April 9."
    )
    assert ("meeting", APR9, ("ALB", "HRV"), ("Andrej Plenkovic", "Edi Rama")) in events


def test_the_first_meeting_stays() -> None:
    events = _events(LEAD + "The head of state recalled his phone conversation with Croatian Prime Minister "
                     "Andrej Plenkovic on April 9.")  # fmt: skip
    assert ("meeting", TUE, ("ALB", "MNE"), ("Bajram Begaj", "Ervin Ibrahimovic")) in events


def test_no_head_told_names_nobody() -> None:
    events = _events(
        "TIRANA, May 21 - Foreign Minister Igli Hasani received Montenegrin Foreign Minister "
        "Ervin Ibrahimovic on Tuesday. The head of state recalled his phone conversation with "
        "Croatian Prime Minister Andrej Plenkovic on April 9."
    )
    assert not any(name == "Igli Hasani" for e in events if e[0] == "phone_call" for name in e[3])
