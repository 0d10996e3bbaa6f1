"""A country's adjective before an ambiguous currency marker settles it: "Nepali Rs 12 billion" is
NPR, "Ugandan Shs 1.2 trillion" UGX, "Zambian K12 billion" ZMW. Written for these tests.

The marker alone had kept its default ("Rs": INR, "Shs": KES) with its candidates, and a story
of two rupee countries could then pick the wrong one, though the adjective named the currency as
it does before the word ("Nepali rupees"). The bare dollar sign, a country's name before the
marker, an adjective that names none of the marker's candidates and a bare marker stay as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.money import find_money
from orchestration.extraction.pipeline import extract_document


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("Remittances brought in Nepali Rs 12 billion last month.", "NPR", 12e9),
        ("The levy raised Nepalese Rs. 4.5 billion for roads.", "NPR", 4.5e9),
        ("Cotton sales earned Pakistani Rs 80 billion this season.", "PKR", 80e9),
        ("Tea auctions fetched Sri Lankan Rs 9.1 billion in May.", "LKR", 9.1e9),
        ("Coffee receipts hit Ugandan Shs 1.2 trillion in the year.", "UGX", 1.2e12),
        ("Cashew buyers paid Tanzanian Sh 640 billion to farmers.", "TZS", 640e9),
        ("Copper royalties came to Zambian K12 billion last year.", "ZMW", 12e9),
        ("Tobacco fetched Malawian K 300 billion at the floors.", "MWK", 300e9),
        ("Phosphate sales reached Moroccan Dh 45 billion in all.", "MAD", 45e9),
    ],
)
def test_adjective_settles_the_marker(text: str, code: str, value: float) -> None:
    assert [(m.currency, m.value, m.candidates) for m in find_money(text)] == [(code, value, ())]


def test_hedge_before_the_adjective_is_kept() -> None:
    found = find_money("Remittances brought in more than Nepali Rs 12 billion last month.")
    expected = [("Nepali Rs 12 billion", "NPR", "more than")]
    assert [(m.text, m.currency, m.qualifier) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Remittances brought in Rs 12 billion last month.", "INR"),
        ("The mill shipped goods to Pakistan Rs 3 billion short of plan.", "INR"),
        ("A Canadian $5 billion pipeline stake was sold.", "USD"),
        ("A Chinese Rs 5 billion loan was approved.", "INR"),
    ],
)
def test_marker_keeps_its_default(text: str, code: str) -> None:
    found = find_money(text)
    assert len(found) == 1
    assert found[0].currency == code
    assert found[0].candidates


def test_trade_fact_takes_the_adjectives_currency() -> None:
    text = (
        "NEW DELHI, June 17 - Nepal's exports to India stood at Nepali Rs 12 billion in 2024, "
        "the commerce ministry said on Tuesday."
    )
    facts = extract_document(text, date(2025, 6, 17), "New Delhi").trade_mentions
    assert [(f.reporter_iso3, f.partner_iso3, f.value, f.currency) for f in facts] == [
        ("NPL", "IND", 12e9, "NPR")
    ]
