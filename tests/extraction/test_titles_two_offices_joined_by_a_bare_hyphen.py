"""One person's two offices joined by a hyphen without spaces, written for these tests.

Post-Soviet copy names a deputy premier who holds a ministry "Deputy Prime Minister-Minister of
Trade and Integration" or "First Deputy Chair of the Council of Ministers-Minister of
Energy". Spaced ("Deputy Prime Minister - Minister of ...") it was read as one title of two
offices; glued, "Minister-Minister" was one token no lexicon knows, the title stopped at "Deputy"
and the person had none (or "Ministers-Minister of Energy" became an organization).
`titles._split_joined_ministers` now splits such a token into "Minister", "-", "Minister", so it
is read as the spaced form is, the title kept as written. Heads the lexicon spells with their
hyphen ("Minister-President", "Minister-Counsellor", "Vice-Minister", "Minister-designate")
stay whole.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document
from orchestration.extraction.titles import find_titles

PUB = date(2025, 3, 4)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Tajik Deputy Prime Minister-Minister of Economic Development Zarina Kurbonova spoke.",
            "Deputy Prime Minister-Minister of Economic Development",
        ),
        (
            "Belarusian First Deputy Chair of the Council of Ministers-Minister of Energy Ivan Sadouski"
            " spoke.",
            "First Deputy Chair of the Council of Ministers-Minister of Energy",
        ),
        (
            "First Deputy Prime Minister-Minister of Finance Olena Marchuk spoke.",
            "First Deputy Prime Minister-Minister of Finance",
        ),
        # as before: spaced
        (
            "Tajik Deputy Prime Minister - Minister of Economic Development Zarina Kurbonova spoke.",
            "Deputy Prime Minister - Minister of Economic Development",
        ),
        # as before: heads written with their hyphen
        ("Minister-President Karla Weber met the delegation.", "Minister-President"),
        ("Minister-Counsellor Zhou Ping of the embassy attended.", "Minister-Counsellor"),
        ("Vice-Minister of Trade Tran Van Hoa attended.", "Vice-Minister of Trade"),
        ("Foreign Minister-designate Ana Ruiz attended.", "Foreign Minister-designate"),
    ],
)
def test_the_title(text: str, title: str) -> None:
    assert [t.title for t in find_titles(text)] == [title]


def test_the_person_holds_both_offices() -> None:
    text = (
        "Tajik Deputy Prime Minister-Minister of Economic Development Zarina Kurbonova met Uzbek "
        "Minister of Investment Aziz Rakhimov in Dushanbe on Monday."
    )
    (event,) = extract_document(text, PUB).engagements
    people = {p.name: (p.title, p.country_iso3) for p in event.participants if p.participant_type == "person"}
    assert people["Zarina Kurbonova"] == ("Deputy Prime Minister-Minister of Economic Development", "TJK")
