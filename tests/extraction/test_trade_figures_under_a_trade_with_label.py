"""Figures listed after a label that names the partner before a colon, written for these tests.

"Trade with Japan: exports $1.2 billion, imports $0.9 billion (2024), Thailand's ministry said."
gives Thailand's exports to and imports from Japan in 2024; it had given nothing: each flow was
named with no side of its own, and the label's "with" country was read as no figure's partner.
A sentence opening on "(X's) (bilateral) trade/commerce with Y:" now gives Y as the partner of
every export and import figure after the colon that names no side, and X, when the label has a
possessor, as the reporter (else the reporter is found as for "Exports to Japan reached ...":
the closing speaker, the story's other side: trade_frames._under_trade_with_label). Figures
that name their own partner, a label without a colon, and a label with no country read as
before. Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 8, 21)
Y24 = ("2024-01-01", "2024-12-31")

FIXED = [
    ("Trade with Japan: exports $1.2 billion, imports $0.9 billion (2024), Thailand's ministry said.",
     {fact("exports", "THA", "JPN", *Y24, 1.2e9, "USD"), fact("imports", "THA", "JPN", *Y24, 0.9e9, "USD")}),
    ("Thailand's trade with Japan: exports $1.2 billion, imports $0.9 billion (2024).",
     {fact("exports", "THA", "JPN", *Y24, 1.2e9, "USD"), fact("imports", "THA", "JPN", *Y24, 0.9e9, "USD")}),
    ("Bilateral trade with Chile: exports $310 million, imports $275 million in 2024, Bolivia's "
     "customs reported.",
     {fact("exports", "BOL", "CHL", *Y24, 310e6, "USD"), fact("imports", "BOL", "CHL", *Y24, 275e6, "USD")}),
]  # fmt: skip

UNCHANGED = [
    ("Thailand's trade with Japan: exports to China $1.2 billion (2024).",
     {fact("exports", "THA", "CHN", *Y24, 1.2e9, "USD")}),
    ("Thailand's exports to Japan were $1.2 billion in 2024, imports $0.9 billion.",
     {fact("exports", "THA", "JPN", *Y24, 1.2e9, "USD"), fact("imports", "THA", "JPN", *Y24, 0.9e9, "USD")}),
    ("Trade with partners: exports $1.2 billion, imports $0.9 billion (2024).", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_the_label_names_the_partner(text: str, expected: set[Fact]) -> None:
    assert facts(text, PUB) == expected


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_figures_read_as_before(text: str, expected: set[Fact]) -> None:
    assert facts(text, PUB) == expected
