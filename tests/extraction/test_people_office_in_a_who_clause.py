"""An office given in a "who is" clause after a name, written for these tests.

"Rebecca Miano, who is also the Cabinet Secretary for Trade," gives the office the named one
holds, as the apposition "Rebecca Miano, the Cabinet Secretary for Trade," does; the clause's
words between the comma and the title had parted them, and the person had no title.
`_relative_office_comma` (people.py) reads ", who [also|currently|now] is|serves as [also]
[the]" before a title as the comma of an apposition. An office held before ("who was
Minister of Trade until 2020") and a clause of another verb read as before: no title.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.people import find_people
from orchestration.extraction.pipeline import extract_document


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy met Rebecca Miano, who is also the Cabinet Secretary for Trade, on Tuesday.",
         [("Rebecca Miano", "Cabinet Secretary for Trade", None)]),
        ("The envoy met Ahmed Hassan, who is Egypt's trade minister, on Tuesday.",
         [("Ahmed Hassan", "trade minister", "EGY")]),
        ("The envoy met Ahmed Hassan, who currently serves as Minister of Industry.",
         [("Ahmed Hassan", "Minister of Industry", None)]),
        # as before: an office held before, a clause of another verb
        ("The envoy met Ahmed Hassan, who was Minister of Trade until 2020.", [("Ahmed Hassan", None, None)]),
        ("The envoy met Ahmed Hassan, who met the President last year.", [("Ahmed Hassan", None, None)]),
    ],
)  # fmt: skip
def test_the_office_is_the_named_ones(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


def test_the_attendee_has_her_office_and_country() -> None:
    text = (
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on "
        "Tuesday, accompanied by Rebecca Miano, who is also the Cabinet Secretary for Trade."
    )
    (event,) = extract_document(text, date(2025, 3, 4)).engagements
    assert [(p.name, p.title, p.country_iso3) for p in event.participants][-1] == (
        "Rebecca Miano",
        "Cabinet Secretary for Trade",
        "KEN",
    )
