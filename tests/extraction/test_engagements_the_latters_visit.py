""" "The latter's visit", "the former's visit": whose event, written for these tests.

"X met Togolese Foreign Minister Y on Monday during the latter's official visit to Ghana": the
possessive stands for the last of the people the sentence names before it ("the former's": the
first), so the visit is Y's and the talks with Y stay an event of their own (the visit had been
taken for the main clause's subject, X, and had swallowed the talks). A visit owned by a name
("during Y's visit") or by "his", and "at the latter's invitation", read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 3)


def _found(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted(
        (e.engagement_type, e.countries, tuple(p.name for p in e.participants))
        for e in extract_document(text, PUB).engagements
    )


@pytest.mark.parametrize(
    ("text", "visitor", "meeting"),
    [
        ("ACCRA, June 3 (GNA) - Foreign Minister Samuel Ablakwa met Togolese Foreign Minister Robert "
         "Dussey on Monday during the latter's official visit to Ghana.", "Robert Dussey",
         ("Samuel Ablakwa", "Robert Dussey")),
        ("DHAKA, June 3 (BSS) - Foreign Adviser Touhid Hossain met Nepalese Foreign Minister Arzu Rana Deuba "
         "in Dhaka on Monday during the latter's official visit to Bangladesh.", "Arzu Rana Deuba",
         ("Touhid Hossain", "Arzu Rana Deuba")),
        ("ABU DHABI, June 3 (WAM) - Sheikh Abdullah bin Zayed met Hungarian Foreign Minister Peter "
         "Szijjarto on Monday during the latter's working visit to the UAE.", "Peter Szijjarto",
         ("Abdullah bin Zayed", "Peter Szijjarto")),
        ("NAIROBI, June 3 (KNA) - President William Ruto held talks with Somali President Hassan Sheikh "
         "Mohamud at State House on Monday during the latter's state visit to Kenya.",
         "Hassan Sheikh Mohamud",
         ("William Ruto", "Hassan Sheikh Mohamud")),
    ],
)  # fmt: skip
def test_the_visit_is_the_one_the_possessive_names(text: str, visitor: str, meeting: tuple[str, ...]) -> None:
    found = _found(text)
    assert [e[2] for e in found if e[0] == "visit"] == [(visitor,)]
    assert [e[2] for e in found if e[0] == "meeting"] == [meeting]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit owned by a name or by "his", as before
        ("ACCRA, June 3 (GNA) - Foreign Minister Samuel Ablakwa met Togolese Foreign Minister Robert Dussey "
         "on Monday during Dussey's official visit to Ghana.",
         [("meeting", ("GHA", "TGO"), ("Samuel Ablakwa", "Robert Dussey")),
          ("visit", ("GHA", "TGO"), ("Robert Dussey",))]),
        ("ACCRA, June 3 (GNA) - Togolese Foreign Minister Robert Dussey met Foreign Minister Samuel Ablakwa "
         "on Monday during his official visit to Ghana.",
         [("meeting", ("GHA", "TGO"), ("Robert Dussey", "Samuel Ablakwa")),
          ("visit", ("GHA", "TGO"), ("Robert Dussey",))]),
        # "the latter's invitation": no event of its own
        ("ACCRA, June 3 (GNA) - President John Mahama held talks with Togolese President Faure Gnassingbe on "
         "Monday, at the latter's invitation.",
         [("meeting", ("GHA", "TGO"), ("John Mahama", "Faure Gnassingbe"))]),
    ],
)  # fmt: skip
def test_near_misses_stay_as_they_were(text: str, expected: list[tuple]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "visitor", "meeting"),
    [
        ("ACCRA, June 3 (GNA) - Ghana's Foreign Minister Samuel Ablakwa met Togolese Foreign Minister Robert "
         "Dussey on Monday during the former's official visit to Togo.", "Samuel Ablakwa",
         ("Samuel Ablakwa", "Robert Dussey")),
        ("KUALA LUMPUR, June 3 (Bernama) - Deputy Prime Minister Fadillah Yusof held talks with Brunei's "
         "Minister of Finance Amin Liew Abdullah on Monday in conjunction with the latter's working visit "
         "to Malaysia.", "Amin Liew Abdullah", ("Fadillah Yusof", "Amin Liew Abdullah")),
    ],
)  # fmt: skip
def test_already_right_stays_right(text: str, visitor: str, meeting: tuple[str, ...]) -> None:
    found = _found(text)
    assert [e[2] for e in found if e[0] == "visit"] == [(visitor,)]
    assert [e[2] for e in found if e[0] == "meeting"] == [meeting]
