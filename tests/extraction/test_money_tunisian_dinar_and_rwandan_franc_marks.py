"""The Tunisian dinar's "DT" and the Rwandan franc's marks on either side, written for these tests.

TAP and the Tunis press write the dinar "2.3 billion DT" or "DT 2.3 billion" (as they write "412.3
MDT"); Rwandan papers write the franc "2.3 billion Rwf" and "FRW 2.3 billion" as well as "Rwf2.3
billion". Each of those had been no money, and the trade figure was lost. They are now read: weak
marks (initials), so they count only with a scale word or a number of at least 1,000, and "DT"
before a number only with a scale word ("the DT 2000 model").
"""

from __future__ import annotations

import pytest

from orchestration.extraction.money import find_money
from orchestration.extraction.pipeline import extract_document


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Exports reached 2.3 billion DT last year.", ("2.3 billion DT", 2.3e9, "TND")),
        ("Exports reached DT 2.3 billion last year.", ("DT 2.3 billion", 2.3e9, "TND")),
        ("Exports reached 2.3 billion Rwf last year.", ("2.3 billion Rwf", 2.3e9, "RWF")),
        ("Exports reached FRW 2.3 billion last year.", ("FRW 2.3 billion", 2.3e9, "RWF")),
        # as before
        ("Exports reached Rwf2.3 billion last year.", ("Rwf2.3 billion", 2.3e9, "RWF")),
        ("Exports reached 412.3 MDT last year.", ("412.3 MDT", 412.3e6, "TND")),
    ],
)
def test_the_amount(text: str, amount: tuple[str, float, str]) -> None:
    assert [(m.text, m.value, m.currency) for m in find_money(text)] == [amount]


@pytest.mark.parametrize("text", ["The DT 2000 model sold well.", "Clocks read 10:30 DT.", "He paid 12 DT."])
def test_no_money(text: str) -> None:
    assert find_money(text) == []


def test_a_tunisian_figure() -> None:
    text = "Tunisia's exports to Libya rose 12% to 2.3 billion DT in 2024, the statistics institute said."
    (fact,) = extract_document(text, None).trade_mentions
    assert (fact.value, fact.currency, fact.reporter_iso3, fact.partner_iso3) == (2.3e9, "TND", "TUN", "LBY")
