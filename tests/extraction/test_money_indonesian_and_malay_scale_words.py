"""Indonesian and Malay scale words after an amount: "Rp 12 triliun", "Rp12 miliar", "Rp 450 juta",
"RM1.2 bilion". Written for these tests.

Copy from Jakarta and Kuala Lumpur keeps the local scale word after the rupiah's or ringgit's mark,
and the amount had been the bare number (Rp 12). Indonesian numbers group thousands with the dot
and mark the decimal with a comma, so before an Indonesian scale word "1.200" is one thousand two
hundred; Malay's "bilion" keeps the English decimal point. English scale words read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.money import find_money
from orchestration.extraction.pipeline import extract_document


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("Nickel shipments earned Rp 12 triliun over the year.", 12e12, "IDR"),
        ("The cooperative booked Rp12 miliar in coffee sales.", 12e9, "IDR"),
        ("Each container cost Rp 450 juta to clear.", 450e6, "IDR"),
        ("Palm oil receipts came to Rp 12,5 triliun in total.", 12.5e12, "IDR"),
        ("Coal royalties reached Rp 1.200 triliun over a decade.", 1.2e15, "IDR"),
        ("Rubber buyers paid Rp 3 milyar for the lot.", 3e9, "IDR"),
        ("Glove makers earned RM1.2 bilion from the contract.", 1.2e9, "MYR"),
        ("Chip exports could top RM 3 trilion by value.", 3e12, "MYR"),
    ],
)
def test_local_scale_word(text: str, value: float, code: str) -> None:
    assert [(m.value, m.currency) for m in find_money(text)] == [(value, code)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Coal royalties reached Rp 1.2 trillion last year.", 1.2e12),
        ("The tender raised 13.200 millones de euros in all.", 13.2e9),
        ("Glove makers earned RM1.200 bilion, a round figure.", 1.2e9),
    ],
)
def test_other_numbers_read_as_before(text: str, value: float) -> None:
    assert [m.value for m in find_money(text)] == [value]


def test_trade_fact_in_rupiah() -> None:
    text = (
        "JAKARTA, June 17 - Indonesia's exports to Malaysia reached Rp 12,5 triliun in 2024, "
        "the statistics agency said on Tuesday."
    )
    facts = extract_document(text, date(2025, 6, 17), "Jakarta").trade_mentions
    assert [(f.reporter_iso3, f.partner_iso3, f.value, f.currency) for f in facts] == [
        ("IDN", "MYS", 12.5e12, "IDR")
    ]
