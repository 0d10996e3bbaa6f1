""" "The previous fiscal" counts back from a fiscal year told by its months, written for these tests.

"India's imports from Russia stood at $65.7 billion in April-March 2024-25, compared with $61.4
billion in the previous fiscal" now gives the comparison for April 2023-March 2024; it had been
dated April 2024-March 2025, the fiscal year before the one of publication, as the months of a
fiscal label ("April-March 2024-25") were no fiscal year to count back from, while "in 2024-25"
and "in FY25" were. A fiscal year named by its label, and a span of other months, read as before.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
FY25 = ("2024-04-01", "2025-03-31")
FY24 = ("2023-04-01", "2024-03-31")

FISCAL_MONTHS = [
    ("NEW DELHI - India's imports from Russia stood at $65.7 billion in April-March 2024-25, compared "
     "with $61.4 billion in the previous fiscal.",
     [fact("imports", "IND", "RUS", *FY25, 65.7e9, "USD"),
      fact("imports", "IND", "RUS", *FY24, 61.4e9, "USD")]),
    ("NEW DELHI - India's exports to Bangladesh fell to $11.1 billion during April-March 2024-25 from "
     "$12.2 billion in the previous fiscal year.",
     [fact("exports", "IND", "BGD", *FY25, 11.1e9, "USD"),
      fact("exports", "IND", "BGD", *FY24, 12.2e9, "USD")]),
]  # fmt: skip

UNCHANGED = [
    ("NEW DELHI - India's imports from Russia stood at $65.7 billion in 2024-25, compared with $61.4 "
     "billion in the previous fiscal.",
     [fact("imports", "IND", "RUS", *FY25, 65.7e9, "USD"),
      fact("imports", "IND", "RUS", *FY24, 61.4e9, "USD")]),
    ("NEW DELHI - India's imports from Russia stood at $50 billion in April-December 2024-25, compared "
     "with $46 billion in the like months of the previous fiscal.",
     [fact("imports", "IND", "RUS", "2024-04-01", "2024-12-31", 50e9, "USD"),
      fact("imports", "IND", "RUS", "2023-04-01", "2023-12-31", 46e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FISCAL_MONTHS)
def test_previous_fiscal_after_a_fiscal_label_told_by_its_months(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_fiscal_labels_and_parts_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
