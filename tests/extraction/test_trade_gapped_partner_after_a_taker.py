"""A partner gapped after one that took its share is the next share's, written for these tests.

"Kenya's exports rose to Sh1.1 trillion in 2024, with Uganda taking Sh143 billion and Tanzania
Sh73 billion" now gives Kenya's exports to Tanzania of Sh73 billion beside those to Uganda; the
second partner, its verb left out, had given no flow (only the first share was read). The
partner before must be the subject of a verb of taking right before its amount ("taking",
"accounted for"). A gapped subject ("Japan bought ... and South Korea US$3.4 billion") reads as
before. Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")

GAPPED_PARTNER = [
    ("Kenya's exports rose to Sh1.1 trillion in 2024, with Uganda taking Sh143 billion and Tanzania "
     "Sh73 billion.",
     [fact("exports", "KEN", "UGA", *Y24, 143e9, "KES"), fact("exports", "KEN", "TZA", *Y24, 73e9, "KES")]),
    ("Chile's copper exports reached $50 billion in 2024, with China accounting for $27 billion and "
     "Japan $5 billion.",
     [fact("exports", "CHL", "CHN", *Y24, 27e9, "USD", product=True),
      fact("exports", "CHL", "JPN", *Y24, 5e9, "USD", product=True)]),
]  # fmt: skip

UNCHANGED = [
    ("Japan bought US$5.1 billion of Chilean copper in 2024 and South Korea US$3.4 billion.",
     [fact("imports", "JPN", "CHL", *Y24, 5.1e9, "USD", product=True),
      fact("imports", "KOR", "CHL", *Y24, 3.4e9, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GAPPED_PARTNER)
def test_a_partner_gapped_after_a_taker(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_a_gapped_subject_reads_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
