"""Sides named in a full relative clause that tells the talks' holding, written for these tests.

"The talks, held in Abuja between A and B, ..." already gave A and B as the talks' sides; the
same clause written in full ("which were held", "which took place", "which were conducted")
had named nobody, so the talks, having no sides, were lost. Such a clause on the event's noun
names who held it, as the reduced one does.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _events(text: str) -> list[tuple[str | None, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.location, e.countries, tuple(p.name for p in e.participants), e.topics)
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks, which were held in Abuja on Monday between Nigerian Foreign Minister Yusuf "
         "Tuggar and Ghanaian Foreign Minister Samuel Ablakwa, centred on border security.",
         [("Abuja", ("GHA", "NGA"), ("Yusuf Tuggar", "Samuel Ablakwa"), ("border security",))]),
        ("The meeting, which took place in Dushanbe on Monday between Tajik Energy Minister Daler "
         "Juma and Kyrgyz Energy Minister Taalaibek Ibraev, focused on water releases.",
         [("Dushanbe", ("KGZ", "TJK"), ("Daler Juma", "Taalaibek Ibraev"), ("water releases",))]),
        ("The negotiations, which were conducted in Lima on Friday between Peruvian Trade Minister "
         "Ursula Leon and Chilean Trade Minister Alberto van Klaveren, covered copper tariffs.",
         [("Lima", ("CHL", "PER"), ("Ursula Leon", "Alberto van Klaveren"), ("copper tariffs",))]),
        # the reduced clause, as before
        ("The talks, held in Suva on Monday between Fijian Prime Minister Sitiveni Rabuka and "
         "Tongan Prime Minister Aisake Eke, covered fisheries.",
         [("Suva", ("FJI", "TON"), ("Sitiveni Rabuka", "Aisake Eke"), ("fisheries",))]),
    ],
)  # fmt: skip
def test_sides_of_the_held_clause_hold_the_talks(
    text: str, expected: list[tuple[str | None, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause that names nobody gives no sides, as before
        "The talks, which were held in Abuja on Monday, centred on border security.",
    ],
)
def test_a_clause_naming_nobody_gives_no_talks(text: str) -> None:
    assert _events(text) == []


def test_a_gathering_the_two_met_at_stays_where_they_met() -> None:
    text = (
        "Nigerian Foreign Minister Yusuf Tuggar met Ghanaian Foreign Minister Samuel Ablakwa at "
        "the summit, which was held in Accra on Monday."
    )
    assert _events(text) == [("Accra", ("GHA", "NGA"), ("Yusuf Tuggar", "Samuel Ablakwa"), ())]
