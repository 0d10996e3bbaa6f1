"""A minister serving in the head of government's department or at his office, written for these
tests.

Malaysia names ministers without a ministry "Minister in the Prime Minister's Department" and
Brunei "Minister at the Prime Minister's Office": before a name ("Minister in the Prime
Minister's Department (Law and Institutional Reform) Datuk Seri Azalina Othman Said met ...")
the title had been lost, as only "in the <Head>'s Office" was read as the office served.
`_office_served_end` (titles.py) reads "Department" as it reads "Office", after "at" as after
"in". Singapore's "Minister in the Prime Minister's Office X" reads as before, and an office
in lower case or no head's names no title.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people


def _people(sentence: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Minister in the Prime Minister's Department Azalina Othman Said met him.",
         [("Azalina Othman Said", "Minister in the Prime Minister's Department")]),
        ("Minister in the Prime Minister's Department (Law and Institutional Reform) Datuk Seri "
         "Azalina Othman Said met him.",
         [("Azalina Othman Said",
           "Minister in the Prime Minister's Department (Law and Institutional Reform)")]),
        ("Brunei's Minister at the Prime Minister's Office Dato Seri Setia Awang Haji Mohd Amin Liew "
         "Abdullah met him.",
         [("Mohd Amin Liew Abdullah", "Minister at the Prime Minister's Office")]),
        # as before
        ("Singapore's Minister in the Prime Minister's Office Indranee Rajah met him.",
         [("Indranee Rajah", "Minister in the Prime Minister's Office")]),
        ("He met officials at the President's Office Ahmed Ali said.", [("Ahmed Ali", None)]),
    ],
)  # fmt: skip
def test_minister_in_the_heads_department(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(sentence) == expected
