"""A weekday after "the following" or "the previous" counts from the day told before it, invented
for these tests.

"The talks opened on 2 June. The ministers met again the following Thursday" is 5 June: the first
Thursday after the day the story told, as "the following day" is the day after it. Read as a
bare weekday it had been the last Thursday before publication (19 June for a story of 20 June),
two weeks off. "The previous Monday" and "the preceding Friday" count back the same way. The
anchor is the day told last in the sentence, or the last event's day across sentences (as for
"the following day"); never the anchor itself ("the following Monday" after a Monday is a week
on). "Last Thursday", "next Monday", "this Friday" and a bare weekday read as before, from
publication; a weekday with no day told before it (no anchor) is no day.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_engagements import extract, story, summary

from orchestration.extraction.dates import find_dates

PUB = date(2025, 6, 20)  # a Friday; 2 June 2025 was a Monday


def _dates(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, None if m.date is None else m.date.isoformat(), m.kind) for m in find_dates(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks opened in Harare on 2 June and resumed the following Thursday.",
            [("2 June", "2025-06-02", "month_day"), ("the following Thursday", "2025-06-05", "anaphoric")],
        ),
        (
            "The accord was signed on June 12, after a first reading the previous Monday.",
            [("June 12", "2025-06-12", "month_day"), ("the previous Monday", "2025-06-09", "anaphoric")],
        ),
        (
            "The forum closed on Monday, 9 June; the envoys had arrived the preceding Friday evening.",
            [
                ("Monday, 9 June", "2025-06-09", "month_day"),
                ("the preceding Friday evening", "2025-06-06", "anaphoric"),
            ],
        ),
        (
            # never the anchor itself: a Monday after a Monday is a week on
            "The panel met on 2 June and again on the following Monday.",
            [("2 June", "2025-06-02", "month_day"), ("the following Monday", "2025-06-09", "anaphoric")],
        ),
    ],
)
def test_the_weekday_counts_from_the_day_before_it(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers met last Thursday in Kigali.", [("last Thursday", "2025-06-19", "weekday")]),
        ("The ministers will meet next Monday in Kigali.", [("next Monday", "2025-06-23", "weekday")]),
        ("The ministers met on Thursday in Kigali.", [("Thursday", "2025-06-19", "weekday")]),
        # no day told before it: nothing to count from
        (
            "The ministers met the following Thursday in Kigali.",
            [("the following Thursday", None, "anaphoric")],
        ),
        ("The following day the ministers met in Kigali.", [("The following day", None, "anaphoric")]),
    ],
)
def test_other_weekdays_read_as_before(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _dates(text) == expected


def test_across_sentences_the_weekday_counts_from_the_last_event() -> None:
    found = extract(
        story(
            "LUSAKA, June 20 - Zambian and Malawian trade ministers opened talks in Lusaka on 2 June.",
            "The ministers met again the following Thursday to review the draft protocol on transit fees.",
        ),
        PUB,
    )
    assert [summary(e)[1] for e in found] == ["2025-06-02", "2025-06-05"]


def test_counting_back_across_sentences() -> None:
    found = extract(
        story(
            "Vientiane, June 20 - Laos and Cambodia signed a power trade agreement in Vientiane on 12 June.",
            "The two energy ministers held talks in Vientiane the previous Tuesday on grid links.",
        ),
        PUB,
    )
    assert sorted(summary(e)[1] for e in found) == ["2025-06-10", "2025-06-12"]
