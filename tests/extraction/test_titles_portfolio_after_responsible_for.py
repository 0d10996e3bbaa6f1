"""A portfolio after "responsible for", written for these tests.

Commonwealth and East African copy names an office "Minister responsible for Trade", "Minister of
State responsible for Finance" or, in apposition, "the minister responsible for trade, X". The
title stopped at the head, and "responsible" parted it from its name: the person had no title
(or the bare "Minister"). "responsible for" before a portfolio word is now read as "in charge of"
is, part of the title. Before anything else ("the minister responsible for the delays") the
title ends at the head, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document
from orchestration.extraction.titles import find_titles

PUB = date(2025, 6, 20)  # a Friday


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Minister responsible for Trade Grace Akello spoke.", "Minister responsible for Trade"),
        (
            "Minister of State responsible for Trade Grace Akello spoke.",
            "Minister of State responsible for Trade",
        ),
        (
            "The Ugandan minister responsible for trade, Grace Akello, spoke.",
            "minister responsible for trade",
        ),
        (
            "Minister responsible for Finance, Planning and Economic Development Paul Ssempa spoke.",
            "Minister responsible for Finance, Planning and Economic Development",
        ),
        # as before
        ("The minister responsible for the delays, Grace Akello, resigned.", "minister"),
        ("Minister in charge of Trade Grace Akello spoke.", "Minister in charge of Trade"),
        ("Trade Minister Grace Akello, responsible for the deal, spoke.", "Trade Minister"),
    ],
)
def test_the_title(text: str, title: str) -> None:
    assert [t.title for t in find_titles(text)] == [title]


def test_the_person_holds_it() -> None:
    text = (
        "Kenya's Cabinet Secretary for Trade Peter Mwangi met Uganda's Minister responsible for Trade "
        "Grace Akello in Kampala on Monday."
    )
    (event,) = extract_document(text, PUB).engagements
    people = {p.name: (p.title, p.country_iso3) for p in event.participants if p.participant_type == "person"}
    assert people["Grace Akello"] == ("Minister responsible for Trade", "UGA")
