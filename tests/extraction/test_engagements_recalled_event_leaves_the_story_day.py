"""An earlier event a speaker recalls does not date what the story tells next, written for these tests.

"The head of state recalled his phone conversation with Prime Minister W on April 9 ... / Y also
attended the opening of the business forum": the call is background, looked back on, as one told
in a "who" clause is; the forum, which states no day, is of the story's own day (the talks on
Tuesday), not April 9 (it had taken the recalled call's day, and so had a signing after it).
The recalled call keeps its own day, and a sentence that goes on about the recalled event or
states its own day keeps that.
"""

from __future__ import annotations

from datetime import date

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 5, 21)  # a Wednesday
TUE = date(2025, 5, 20)
APR9 = date(2025, 4, 9)
STORY = (
    "TIRANA, May 21 - President Bajram Begaj received Montenegrin Foreign Minister Ervin Ibrahimovic "
    "on Tuesday. "
    "Begaj recalled his phone conversation with Croatian Prime Minister Andrej Plenkovic on April 9.\n\n"
)


def _events(text: str) -> list[tuple[str, date | None, tuple[str, ...]]]:
    return [
        (e.engagement_type, e.engagement_date, e.countries)
        for e in extract_document(text, PUB, "Tirana").engagements
    ]


def test_forum_after_a_recalled_call_is_of_the_story_day() -> None:
    events = _events(
        STORY + "Ibrahimovic also attended the opening of the Albania-Montenegro business forum organized "
        "by the Albanian Investment Development Agency."
    )
    assert ("phone_call", APR9, ("ALB", "HRV")) in events
    assert ("forum", TUE, ("ALB", "MNE")) in events


def test_signing_after_a_recalled_call_is_of_the_story_day() -> None:
    events = _events(
        STORY
        + "Following the talks, Albpetrol and Montenegro's Jugopetrol signed a memorandum on fuel storage."
    )
    assert ("agreement", TUE, ("ALB", "MNE")) in events


def test_recalling_participle_too() -> None:
    events = _events(
        "TIRANA, May 21 - President Bajram Begaj received Montenegrin Foreign Minister Ervin Ibrahimovic on "
        "Tuesday, recalling their meeting in Budva on April 9.\n\n"
        "Ibrahimovic also attended the opening of the "
        "Albania-Montenegro business forum organized by the Albanian Investment Development Agency."
    )
    assert ("forum", TUE, ("ALB", "MNE")) in events


def test_an_event_told_with_its_own_day_keeps_it() -> None:
    events = _events(
        STORY + "On May 19, Ibrahimovic attended the opening of the Albania-Montenegro business forum "
        "organized by the Albanian Investment Development Agency."
    )
    assert ("forum", date(2025, 5, 19), ("ALB", "MNE")) in events


def test_the_phone_call_told_as_news_dates_the_next() -> None:
    events = _events(
        "TIRANA, May 21 - President Bajram Begaj held a phone conversation with Croatian Prime Minister "
        "Andrej Plenkovic on Monday.\n\n"
        "Later, Plenkovic also attended a business forum in Tirana organized by "
        "the Albanian Investment Development Agency."
    )
    assert ("forum", date(2025, 5, 19), ("ALB", "HRV")) in events
