"""A reigning monarch named by title and one name, written for these tests.

"Ghanaian President John Mahama visited King Charles on Wednesday": the King is the listed
"Charles III", Britain's, so the call is a meeting of Ghana and Britain (it had given nothing:
"Charles" alone named no country). The listed name opening on the one name decides, a regnal
one first ("King Abdullah": "Abdullah II", Jordan's; "Sultan Haitham": Oman's). A name two
listed people of two countries open on ("Sultan Ibrahim") and a name with no monarch's title stay
as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.leaders import monarch_name
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday
WED = date(2025, 3, 5)


def _meetings(text: str) -> list[tuple[date | None, tuple[str, ...]]]:
    return [
        (e.engagement_date, e.countries)
        for e in extract_document(text, PUB).engagements
        if e.engagement_type == "meeting"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghanaian President John Mahama visited King Charles on Wednesday.", [(WED, ("GBR", "GHA"))]),
        ("Kenyan President William Ruto held talks with King Abdullah on Wednesday.",
         [(WED, ("JOR", "KEN"))]),
        ("Indian External Affairs Minister S. Jaishankar called on Sultan Haitham on Wednesday.",
         [(WED, ("IND", "OMN"))]),
        ("Peruvian President Dina Boluarte met King Felipe on Wednesday.", [(WED, ("ESP", "PER"))]),
    ],
)  # fmt: skip
def test_a_monarch_by_title_and_one_name_is_of_his_country(
    text: str, expected: list[tuple[date | None, tuple[str, ...]]]
) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two listed names of two countries open on "Ibrahim", neither a monarch's: no country
        # ("King Salman" is now the Saudi king, the lexicon marking him as reigning)
        "Ghanaian President John Mahama met Sultan Ibrahim on Wednesday.",
        # no monarch's title
        "Ghanaian President John Mahama met Mr Charles on Wednesday.",
    ],
)
def test_other_single_names_stay_unread(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("title", "name", "expected"),
    [
        ("King", "Charles", "charles iii"),
        ("Sultan", "Haitham", "haitham bin tarik"),
        ("King", "Salman", "salman bin abdulaziz"),
        ("Sultan", "Ibrahim", None),
        ("President", "Charles", None),
        (None, "Charles", None),
        ("King", "Charles III", None),
    ],
)
def test_monarch_name(title: str | None, name: str, expected: str | None) -> None:
    assert monarch_name(title, name) == expected
