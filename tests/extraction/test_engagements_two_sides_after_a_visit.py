""" "The two sides" after a visit that names the visitor alone, written for these tests.

"X arrived in Hanoi on Monday for an official visit. On Thursday the two sides signed a
memorandum": the two sides are the visitor's and the host's, the visit told last, whose host is
the country it was made to or of the city it arrived in (the signing had the visitor's side only,
and was lost; so were "The two countries signed ..." and "The two leaders held talks"). When an
event with people on two sides was told, the sides stay its own; a sentence naming its own
people, or a collective after no visit, reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 2, 14)  # a Friday
ARRIVAL = (
    "HANOI, Feb 14 (VNA) - Lao Prime Minister Sonexay Siphandone arrived in Hanoi on Monday for an "
    "official visit. "
)
MOROCCO = (
    "RABAT, Feb 14 (MAP) - Mauritanian Foreign Minister Mohamed Salem Ould Merzoug arrived in Rabat on "
    "Monday for a working visit. "
)


def _found(text: str) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    return sorted(
        (e.engagement_type, str(e.engagement_date), e.location, e.countries)
        for e in extract_document(text, PUB).engagements
    )


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (ARRIVAL + "On Thursday the two sides signed a memorandum on power trade in Ha Long.",
         ("agreement", "2025-02-13", "Ha Long", ("LAO", "VNM"))),
        (ARRIVAL + "The two leaders held talks on Tuesday.",
         ("meeting", "2025-02-11", "Hanoi", ("LAO", "VNM"))),
        (MOROCCO + "The two countries signed a fisheries agreement in Dakhla on Wednesday.",
         ("agreement", "2025-02-12", "Dakhla", ("MAR", "MRT"))),
        (MOROCCO + "On Wednesday, both sides signed a memorandum on fisheries.",
         ("agreement", "2025-02-12", "Rabat", ("MAR", "MRT"))),
    ],
)  # fmt: skip
def test_the_two_sides_are_the_visitor_and_the_host(text: str, event: tuple) -> None:
    found = _found(text)
    assert event in found
    assert [e[:2] + e[3:] for e in found if e[0] == "visit"] == [("visit", "2025-02-10", event[3])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks with people on both sides were told: the sides are theirs, as before
        (ARRIVAL + "He held talks with Vietnamese Prime Minister Pham Minh Chinh on Tuesday. The two sides "
         "signed a memorandum on power trade on Wednesday.",
         [("agreement", "2025-02-12", "Hanoi", ("LAO", "VNM")),
          ("meeting", "2025-02-11", "Hanoi", ("LAO", "VNM")),
          ("visit", "2025-02-10", "Hanoi", ("LAO", "VNM"))]),
        # no event of people on two sides: the collective names nothing, as before
        (MOROCCO + "The two countries have long-standing ties.",
         [("visit", "2025-02-10", "Rabat", ("MAR", "MRT"))]),
        # the visit was made to a country named, as before
        ("HANOI, Feb 14 (VNA) - Lao Prime Minister Sonexay Siphandone began an official visit to Vietnam on "
         "Monday. On Thursday the two sides signed a memorandum on power trade.",
         [("agreement", "2025-02-13", None, ("LAO", "VNM")), ("visit", "2025-02-10", None, ("LAO", "VNM"))]),
    ],
)  # fmt: skip
def test_near_misses_stay_as_they_were(text: str, expected: list[tuple]) -> None:
    assert _found(text) == expected


def test_signers_named_by_office_are_not_the_visitor() -> None:
    text = (
        "ABUJA, June 3 (NAN) - Ghanaian President John Mahama arrived in Abuja on Sunday. An agreement on "
        "the West African gas pipeline was later signed by the energy ministers of the two countries in "
        "Lagos."
    )
    found = {e.engagement_type: e for e in extract_document(text, PUB).engagements}
    assert found["agreement"].countries == ("GHA", "NGA")
    assert found["agreement"].participants == ()
    assert [p.name for p in found["visit"].participants] == ["John Mahama"]
