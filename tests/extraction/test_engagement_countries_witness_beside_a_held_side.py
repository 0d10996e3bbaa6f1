"""An official of no stated country at a body's signing is not put on a side only an envoy holds.

"The Nigerian Export-Import Bank signed a credit line with the World Bank, witnessed by Trade
Minister X and Egyptian Ambassador Y": the bank's partner is of no country, and the only other
side the sentence tells is Egypt, which the ambassador holds. `_signing_sides` puts an official
of no stated country at a body's signing on the other side the bodies sign with, and took Egypt
for it, so the Nigerian minister was made a second Egyptian. A side that only envoys hold (posted
where the bodies sign) is no longer offered: he keeps the story's default (the host's). A side a
president or minister holds still is (he brings his own officials: "Zambian President X
witnessed the signing with Chinese firms ... Cabinet Secretary Y was present": Y is Zambian), and
an official beside bodies of one foreign country alone ("the Sindh government signed memoranda
with Korean firms ... Minister X was present", from Seoul) is still of the side they sign with.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 7)  # a Friday


def _people(text: str, dateline: str) -> list[list[tuple[str, str | None]]]:
    return [
        [(p.name, p.country_iso3) for p in e.participants if p.participant_type == "person"]
        for e in extract_document(text, PUB, dateline).engagements
    ]


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        ("ABUJA, March 5 - The Nigerian Export-Import Bank signed a credit line with the World "
         "Bank on Wednesday, witnessed by Trade Minister Amaka Obi and Egyptian Ambassador Karim "
         "Fawzy.", "Abuja",
         [[("Amaka Obi", "NGA"), ("Karim Fawzy", "EGY")]]),
        ("ACCRA, March 5 - The Ghana Cocoa Board signed a financing deal with the African "
         "Development Bank on Wednesday, witnessed by Finance Minister Kofi Asante and Ivorian "
         "Ambassador Yao Kouame.", "Accra",
         [[("Kofi Asante", "GHA"), ("Yao Kouame", "CIV")]]),
    ],
)  # fmt: skip
def test_the_official_keeps_his_own_side(
    text: str, dateline: str, expected: list[list[tuple[str, str | None]]]
) -> None:
    assert _people(text, dateline) == expected


@pytest.mark.parametrize(
    ("text", "dateline", "official", "country"),
    [
        ("SEOUL, March 5 - The Sindh government signed memoranda with Korean firms Hanwha Ocean "
         "and Doosan Enerbility on Wednesday. Industries Minister Jam Dharejo was present.",
         "Seoul", "Jam Dharejo", "PAK"),
        # a head of state of the other side witnesses: his official is of his side
        ("BEIJING, March 5 - Malawian President Peter Mutharika witnessed the signing of "
         "agreements with Chinese firms Huaxin Cement and Donghai Cables on Wednesday. Trade "
         "Minister Grace Phiri was present.",
         "Beijing", "Grace Phiri", "MWI"),
    ],
)  # fmt: skip
def test_an_official_beside_foreign_bodies_is_still_of_the_other_side(
    text: str, dateline: str, official: str, country: str
) -> None:
    assert (official, country) in [pair for people in _people(text, dateline) for pair in people]
