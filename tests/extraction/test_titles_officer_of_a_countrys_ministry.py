"""An officer of a country's ministry, the country written as a possessive: written for these
tests.

"The Permanent Secretary of Uganda's Ministry of Foreign Affairs, Vincent Bagiire, met ..."
had cut the title at the country ("Permanent Secretary of Uganda"), leaving the ministry
between title and name: the person lost the title, or, with no comma before the name, was
lost. The ministry and its portfolio, up to the comma or the name, are now the title's, the
country the officer's, as a country's own state body ("Governor of Iran's Central Bank") is.
A ministry before a lower-case noun, and a country's agency, read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Permanent Secretary of Uganda's Ministry of Foreign Affairs, Vincent Bagiire, met "
         "Kenyan High Commissioner Joshua Kivuvani in Kampala on Monday.",
         [("Vincent Bagiire", "Permanent Secretary of Ministry of Foreign Affairs", "UGA"),
          ("Joshua Kivuvani", "High Commissioner", "KEN")]),
        ("Permanent Secretary of Uganda's Ministry of Foreign Affairs Vincent Bagiire met Kenyan "
         "High Commissioner Joshua Kivuvani in Kampala on Monday.",
         [("Vincent Bagiire", "Permanent Secretary of Ministry of Foreign Affairs", "UGA"),
          ("Joshua Kivuvani", "High Commissioner", "KEN")]),
        ("The Secretary General of Kenya's Ministry of Trade, John Mwangi, met Chinese Ambassador "
         "Zhou Pingjian in Nairobi on Monday.",
         [("John Mwangi", "Secretary General of Ministry of Trade", "KEN"),
          ("Zhou Pingjian", "Ambassador", "CHN")]),
        # near misses: a country's agency, a state body
        ("The Director General of Kenya's Export Promotion Agency, Wilfred Marube, met Ugandan "
         "Trade Minister Francis Mwebesa in Kampala on Monday.",
         [("Wilfred Marube", "Director General of Export Promotion Agency", "KEN"),
          ("Francis Mwebesa", "Trade Minister", "UGA")]),
        ("The Governor of Nigeria's Central Bank, Olayemi Cardoso, met Chinese Ambassador Yu Dunhai "
         "in Abuja on Monday.",
         [("Olayemi Cardoso", "Governor of Central Bank", "NGA"), ("Yu Dunhai", "Ambassador", "CHN")]),
    ],
)  # fmt: skip
def test_officer_of_a_countrys_ministry(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    (event,) = extract_document(text, PUB).engagements
    assert [(p.name, p.title, p.country_iso3) for p in event.participants] == expected
