"""A portfolio in brackets after a name, written for these tests.

Lists of ministers give each one's office in brackets: "Kenya's Moses Kuria (Trade) and
Uganda's Francis Mwebesa (Trade) met in Kampala". The bracket holds capitalized portfolio
words alone, so it is the person's office, not a body's initials after its name (which had
made the name a body's and lost both people). A country in brackets reads as before, and so
do a body's acronym in brackets and a body's name before a bracketed portfolio.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _events(text: str) -> list[tuple[tuple[str, ...], tuple[tuple[str, str | None], ...]]]:
    return [
        (e.countries, tuple((p.name, p.country_iso3) for p in e.participants))
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya's Moses Kuria (Trade) and Uganda's Francis Mwebesa (Trade) met in Kampala on Tuesday.",
         [(("KEN", "UGA"), (("Moses Kuria", "KEN"), ("Francis Mwebesa", "UGA")))]),
        ("Ghana's Kwaku Agyeman Kwarteng (Foreign Affairs) met Nigeria's Yusuf Tuggar in Abuja on "
         "Tuesday.",
         [(("GHA", "NGA"), (("Kwaku Agyeman Kwarteng", "GHA"), ("Yusuf Tuggar", "NGA")))]),
        ("Kenya's Moses Kuria (Trade) met China's Wang Wentao (Commerce) in Beijing on Tuesday.",
         [(("CHN", "KEN"), (("Moses Kuria", "KEN"), ("Wang Wentao", "CHN")))]),
        # near misses: a country in brackets, a body's acronym, a body before a portfolio
        ("Trade ministers Moses Kuria (Kenya) and Francis Mwebesa (Uganda) met in Kampala on "
         "Tuesday.",
         [(("KEN", "UGA"), (("Moses Kuria", "KEN"), ("Francis Mwebesa", "UGA")))]),
        ("Kenya Ports Authority (KPA) signed an MoU with Tanzania Ports Authority (TPA) in Dar es "
         "Salaam on Tuesday.",
         [(("KEN", "TZA"), (("Kenya Ports Authority (KPA)", "KEN"),
                            ("Tanzania Ports Authority (TPA)", "TZA")))]),
        ("Tanzania Railways (Transport) signed an agreement with Kenya Railways in Nairobi on "
         "Tuesday.",
         [(("KEN", "TZA"), (("Tanzania Railways (Transport)", "TZA"), ("Kenya Railways", "KEN")))]),
    ],
)  # fmt: skip
def test_portfolio_in_brackets_after_a_name(
    text: str, expected: list[tuple[tuple[str, ...], tuple[tuple[str, str | None], ...]]]
) -> None:
    assert _events(text) == expected
