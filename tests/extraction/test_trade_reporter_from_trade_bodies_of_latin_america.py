"""Trade bodies of Peru, Chile, Colombia and Jamaica report their figures, written for these tests.

"Exports to China reached US$24.3 billion in 2024, Mincetur said." gives Peru's exports to China;
the body's short name was unknown, so the figure had no reporter and gave nothing. countries'
_CREDITED_OFFICE_COUNTRIES gains Mincetur and PromPeru (Peru's trade ministry and export
promotion body), ProChile and Subrei (Chile's), ProColombia and STATIN (Jamaica's statistics
institute), counted only where credited; and the short name in brackets after a full name
credited ("according to the Ministry of Foreign Trade and Tourism (Mincetur)") credits it too.
A bracketed short name after no proper name ("according to a study on braking systems (ABS)")
and one outside a credit read as before. Facts are compared as sets of (flow, reporter,
partner, start, end, value, currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 3, 5)
Y24 = ("2024-01-01", "2024-12-31")

CREDITED = [
    ("Exports to China reached US$24.3 billion in 2024, Mincetur said.",
     fact("exports", "PER", "CHN", *Y24, 24.3e9, "USD")),
    ("Exports to China reached US$24.3 billion in 2024, according to the Ministry of Foreign Trade and "
     "Tourism (Mincetur).",
     fact("exports", "PER", "CHN", *Y24, 24.3e9, "USD")),
    ("Shipments to India totaled US$3.1 billion in 2024, according to PromPeru.",
     fact("exports", "PER", "IND", *Y24, 3.1e9, "USD")),
    ("Exports to Brazil totaled US$6.4 billion in 2024, according to Subrei.",
     fact("exports", "CHL", "BRA", *Y24, 6.4e9, "USD")),
    ("Exports to Ecuador totalled US$1.3 billion in 2024, ProColombia said.",
     fact("exports", "COL", "ECU", *Y24, 1.3e9, "USD")),
    ("Exports to the United States amounted to US$420 million in 2024, STATIN said.",
     fact("exports", "JAM", "USA", *Y24, 420e6, "USD")),
]  # fmt: skip

UNCHANGED = [
    ("Exports to China reached US$24.3 billion in 2024, according to a study on braking systems (ABS).", []),
    ("The car has an anti-lock braking system (ABS), and exports to China reached US$24.3 billion in "
     "2024.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CREDITED)
def test_the_credited_body_reports(text: str, expected: Fact) -> None:
    assert facts(text, PUB) == {expected}


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_short_names_credited_by_no_name_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
